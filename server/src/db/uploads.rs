//! Upload records of the handle's employer, the lookup of an applicant's or anonymous upload by
//! its id alone, and the clean-up of stale ones.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{Array, BigInt, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::maintenance::Maintenance;
use super::public::PublicTx;
use super::stmt::Stmt;
use super::tenant::{TenantScope, TenantTx};
use super::tx::{Access, Tx};

const COLUMNS: &str = "id, purpose, filename, content_type, size_bytes, object_key, status, \
     rejection_reason, owner_kind, owner_sub, created_at, expires_at, verified_at";

#[derive(Debug, Clone, QueryableByName)]
pub struct UploadRecord {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub purpose: String,
    #[diesel(sql_type = Text)]
    pub filename: String,
    #[diesel(sql_type = Text)]
    pub content_type: String,
    #[diesel(sql_type = BigInt)]
    pub size_bytes: i64,
    #[diesel(sql_type = Text)]
    pub object_key: String,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub rejection_reason: Option<String>,
    #[diesel(sql_type = Text)]
    pub owner_kind: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub owner_sub: Option<String>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub expires_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub verified_at: Option<DateTime<Utc>>,
}

/// A new upload, as presigned.
pub struct NewUpload<'a> {
    pub id: Uuid,
    pub purpose: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub object_key: &'a str,
    pub owner_kind: &'a str,
    pub owner_sub: Option<&'a str>,
    pub job_id: Option<Uuid>,
    pub expires_at: DateTime<Utc>,
}

#[derive(QueryableByName)]
struct Key {
    #[diesel(sql_type = Text)]
    object_key: String,
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = Nullable<SqlUuid>)]
    employer: Option<Uuid>,
}

impl TenantTx {
    pub async fn upload_insert(&mut self, new: &NewUpload<'_>) -> Result<UploadRecord, DbError> {
        let employer = self.employer_id();
        Ok(Stmt::new(format!(
            "INSERT INTO uploads (id, employer_id, purpose, filename, content_type, size_bytes, \
               object_key, owner_kind, owner_sub, job_id, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING {COLUMNS}"
        ))
        .with::<SqlUuid, _>(new.id)
        .with::<SqlUuid, _>(employer)
        .with::<Text, _>(new.purpose.to_string())
        .with::<Text, _>(new.filename.to_string())
        .with::<Text, _>(new.content_type.to_string())
        .with::<BigInt, _>(new.size_bytes)
        .with::<Text, _>(new.object_key.to_string())
        .with::<Text, _>(new.owner_kind.to_string())
        .with::<Nullable<Text>, _>(new.owner_sub.map(str::to_string))
        .with::<Nullable<SqlUuid>, _>(new.job_id)
        .with::<Timestamptz, _>(new.expires_at)
        .get_result(self.conn()?)
        .await?)
    }

    /// The upload, locked when `for_update`.
    pub async fn upload_get(
        &mut self,
        id: Uuid,
        for_update: bool,
    ) -> Result<UploadRecord, DbError> {
        let employer = self.employer_id();
        let lock = if for_update { " FOR UPDATE" } else { "" };
        Ok(Stmt::new(format!(
            "SELECT {COLUMNS} FROM uploads WHERE employer_id = $1 AND id = $2{lock}"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .get_result(self.conn()?)
        .await?)
    }

    /// Records what `:complete` found.
    pub async fn upload_settle(
        &mut self,
        id: Uuid,
        status: &str,
        rejection_reason: Option<&str>,
    ) -> Result<UploadRecord, DbError> {
        let employer = self.employer_id();
        Ok(Stmt::new(format!(
            "UPDATE uploads SET status = $3, rejection_reason = $4, \
               verified_at = CASE WHEN $3 = 'verified' THEN now() END \
             WHERE employer_id = $1 AND id = $2 RETURNING {COLUMNS}"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .with::<Text, _>(status.to_string())
        .with::<Nullable<Text>, _>(rejection_reason.map(str::to_string))
        .get_result(self.conn()?)
        .await?)
    }

    /// Whether `id` is a verified upload of this employer with this purpose.
    pub async fn upload_usable(&mut self, id: Uuid, purpose: &str) -> Result<bool, DbError> {
        let employer = self.employer_id();
        let rows: Vec<Key> = Stmt::new(
            "SELECT object_key FROM uploads \
             WHERE employer_id = $1 AND id = $2 AND purpose = $3 AND status = 'verified'",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .with::<Text, _>(purpose.to_string())
        .load(self.conn()?)
        .await?;
        Ok(!rows.is_empty())
    }

    /// Marks the uploads deleted and returns their object keys (erasure deletes the objects
    /// once the transaction committed).
    pub async fn uploads_forget(&mut self, ids: &[Uuid]) -> Result<Vec<String>, DbError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let employer = self.employer_id();
        let keys: Vec<Key> = Stmt::new(
            "UPDATE uploads SET status = 'deleted' \
             WHERE employer_id = $1 AND id = ANY($2) AND status <> 'deleted' \
             RETURNING object_key",
        )
        .with::<SqlUuid, _>(employer)
        .with::<Array<SqlUuid>, _>(ids.to_vec())
        .load(self.conn()?)
        .await?;
        Ok(keys.into_iter().map(|k| k.object_key).collect())
    }

    /// The uploads a person's records name: the applicant's CV and their applications' CVs and
    /// cover letters (from every stored submission). Read before erasure clears them.
    pub async fn uploads_of_applicant(&mut self, applicant: Uuid) -> Result<Vec<Uuid>, DbError> {
        #[derive(QueryableByName)]
        struct Id {
            #[diesel(sql_type = SqlUuid)]
            id: Uuid,
        }
        let employer = self.employer_id();
        let rows: Vec<Id> = Stmt::new(
            "SELECT cv_upload_id AS id FROM applicants \
               WHERE employer_id = $1 AND id = $2 AND cv_upload_id IS NOT NULL \
             UNION SELECT (submission ->> 'cv_upload_id')::uuid FROM applications \
               WHERE employer_id = $1 AND applicant_id = $2 \
                 AND submission ->> 'cv_upload_id' IS NOT NULL \
             UNION SELECT (submission ->> 'cover_letter_upload_id')::uuid FROM applications \
               WHERE employer_id = $1 AND applicant_id = $2 \
                 AND submission ->> 'cover_letter_upload_id' IS NOT NULL \
             UNION SELECT (u.value)::uuid FROM application_submissions s \
               JOIN applications a ON a.id = s.application_id AND a.employer_id = s.employer_id \
               CROSS JOIN LATERAL jsonb_each_text(s.submission) AS u \
               WHERE s.employer_id = $1 AND a.applicant_id = $2 \
                 AND u.key IN ('cv_upload_id', 'cover_letter_upload_id') AND u.value IS NOT NULL",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(applicant)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().map(|r| r.id).collect())
    }
}

impl PublicTx {
    /// The employer of an applicant's or anonymous upload, from its id alone (employer users'
    /// uploads are not found this way).
    pub async fn upload_scope(&mut self, id: Uuid) -> Result<TenantScope, DbError> {
        let found: Found = Stmt::new("SELECT upload_employer($1) AS employer")
            .with::<SqlUuid, _>(id)
            .get_result(self.conn()?)
            .await?;
        found
            .employer
            .map(TenantScope::new)
            .ok_or(DbError::NotFound)
    }
}

impl Maintenance {
    /// Pending uploads older than a day, of every employer: marked deleted; their object keys
    /// come back so the caller removes whatever was stored.
    pub async fn stale_uploads(&self) -> Result<Vec<String>, DbError> {
        let mut tx = Tx::begin(self.pool(), Access::Maintenance, self.limits()).await?;
        let keys: Vec<Key> = Stmt::new(
            "UPDATE uploads SET status = 'deleted', rejection_reason = 'never completed' \
             WHERE status = 'pending' AND created_at < now() - interval '1 day' \
             RETURNING object_key",
        )
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(keys.into_iter().map(|k| k.object_key).collect())
    }
}
