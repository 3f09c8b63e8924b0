//! Upload records of the handle's employer, the lookup of an applicant's or anonymous upload by
//! its id alone, and the clean-up of stale ones.

use std::time::Duration;

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
     rejection_reason, owner_kind, owner_sub, created_at, expires_at, verified_at, stored_key, \
     sha256";

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
    /// Where the verified bytes are kept (no form can write it); what downloads serve.
    #[diesel(sql_type = Nullable<Text>)]
    pub stored_key: Option<String>,
    /// SHA-256 (hex) of the verified bytes.
    #[diesel(sql_type = Nullable<Text>)]
    pub sha256: Option<String>,
}

/// What `:complete` found: the verified copy, or why the object was rejected.
pub enum Settlement<'a> {
    Verified {
        stored_key: &'a str,
        sha256: &'a str,
        e_tag: Option<&'a str>,
        version: Option<&'a str>,
    },
    Rejected(&'a str),
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

    /// Records what `:complete` found. The incoming key was deleted: it needs clearing again
    /// only for what the form posts later (see [`Maintenance::incoming_to_clear`]).
    pub async fn upload_settle(
        &mut self,
        id: Uuid,
        settlement: &Settlement<'_>,
    ) -> Result<UploadRecord, DbError> {
        let employer = self.employer_id();
        let (status, reason, stored_key, sha256, e_tag, version) = match settlement {
            Settlement::Verified {
                stored_key,
                sha256,
                e_tag,
                version,
            } => (
                "verified",
                None,
                Some(*stored_key),
                Some(*sha256),
                *e_tag,
                *version,
            ),
            Settlement::Rejected(reason) => ("rejected", Some(*reason), None, None, None, None),
        };
        let owned = |v: Option<&str>| v.map(str::to_string);
        Ok(Stmt::new(format!(
            "UPDATE uploads SET status = $3, rejection_reason = $4, stored_key = $5, \
               sha256 = $6, store_etag = $7, store_version = $8, \
               verified_at = CASE WHEN $3 = 'verified' THEN now() END \
             WHERE employer_id = $1 AND id = $2 RETURNING {COLUMNS}"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .with::<Text, _>(status.to_string())
        .with::<Nullable<Text>, _>(owned(reason))
        .with::<Nullable<Text>, _>(owned(stored_key))
        .with::<Nullable<Text>, _>(owned(sha256))
        .with::<Nullable<Text>, _>(owned(e_tag))
        .with::<Nullable<Text>, _>(owned(version))
        .get_result(self.conn()?)
        .await?)
    }

    /// Whether `id` is a verified upload of this employer with this purpose. Share-locked:
    /// the clean-up cannot delete it before the record naming it has committed.
    pub async fn upload_usable(&mut self, id: Uuid, purpose: &str) -> Result<bool, DbError> {
        let employer = self.employer_id();
        let rows: Vec<Key> = Stmt::new(
            "SELECT object_key FROM uploads \
             WHERE employer_id = $1 AND id = $2 AND purpose = $3 AND status = 'verified' \
             FOR SHARE",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .with::<Text, _>(purpose.to_string())
        .load(self.conn()?)
        .await?;
        Ok(!rows.is_empty())
    }

    /// Marks the uploads deleted and returns their object keys, incoming and stored (erasure
    /// deletes the objects once the transaction committed).
    pub async fn uploads_forget(&mut self, ids: &[Uuid]) -> Result<Vec<String>, DbError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let employer = self.employer_id();
        let keys: Vec<Key> = Stmt::new(
            "WITH gone AS (UPDATE uploads SET status = 'deleted' \
               WHERE employer_id = $1 AND id = ANY($2) AND status <> 'deleted' \
               RETURNING object_key, stored_key) \
             SELECT object_key FROM gone \
             UNION SELECT stored_key FROM gone WHERE stored_key IS NOT NULL",
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

impl TenantTx {
    /// Public (applicant or anonymous) uploads verified more than `ttl` ago that neither an
    /// applicant record nor any submission names: marked deleted ("never used"). Those a
    /// record names are marked claimed and not looked at again until a record stops naming
    /// them. Returns the deleted ones' object keys (incoming and stored). Runs as the tenant,
    /// whose policies show exactly the records that could name them.
    ///
    /// Two statements: the uploads are locked first, so an application naming one (which
    /// share-locks it, see [`Self::upload_usable`]) has committed before the second statement
    /// looks for records naming them, with a snapshot that sees it.
    pub async fn uploads_expire_unclaimed(
        &mut self,
        ttl: Duration,
    ) -> Result<Vec<String>, DbError> {
        #[derive(QueryableByName)]
        struct Id {
            #[diesel(sql_type = SqlUuid)]
            id: Uuid,
        }
        let employer = self.employer_id();
        let due: Vec<Id> = Stmt::new(
            "SELECT id FROM uploads \
             WHERE employer_id = $1 AND status = 'verified' AND owner_kind <> 'employer' \
               AND claimed_at IS NULL \
               AND verified_at < now() - make_interval(secs => $2::float8 / 1000) \
             ORDER BY verified_at LIMIT 1000 FOR UPDATE",
        )
        .with::<SqlUuid, _>(employer)
        .with::<BigInt, _>(millis(ttl))
        .load(self.conn()?)
        .await?;
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let keys: Vec<Key> = Stmt::new(
            "WITH due AS (SELECT unnest($2::uuid[]) AS id), \
             named AS ( \
               SELECT due.id FROM due WHERE \
                 EXISTS (SELECT 1 FROM applicants a \
                         WHERE a.employer_id = $1 AND a.cv_upload_id = due.id) \
                 OR EXISTS (SELECT 1 FROM application_submissions s \
                            WHERE s.employer_id = $1 \
                              AND s.submission ->> 'cv_upload_id' = due.id::text) \
                 OR EXISTS (SELECT 1 FROM application_submissions s \
                            WHERE s.employer_id = $1 \
                              AND s.submission ->> 'cover_letter_upload_id' = due.id::text)), \
             claimed AS ( \
               UPDATE uploads u SET claimed_at = now() FROM named \
               WHERE u.employer_id = $1 AND u.id = named.id), \
             gone AS ( \
               UPDATE uploads u SET status = 'deleted', rejection_reason = 'never used' \
               FROM due WHERE u.employer_id = $1 AND u.id = due.id \
                 AND due.id NOT IN (SELECT id FROM named) \
               RETURNING u.object_key, u.stored_key) \
             SELECT object_key FROM gone \
             UNION SELECT stored_key FROM gone WHERE stored_key IS NOT NULL",
        )
        .with::<SqlUuid, _>(employer)
        .with::<Array<SqlUuid>, _>(due.into_iter().map(|d| d.id).collect::<Vec<_>>())
        .load(self.conn()?)
        .await?;
        Ok(keys.into_iter().map(|k| k.object_key).collect())
    }
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
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
    /// Pending uploads never completed and rejected ones, past `ttl`, of every employer:
    /// marked deleted. Returns their object keys for the caller to remove.
    pub async fn expire_uploads(&self, ttl: Duration) -> Result<Vec<String>, DbError> {
        let mut tx = Tx::begin(self.pool(), Access::Maintenance, self.limits()).await?;
        let keys: Vec<Key> = Stmt::new(
            "UPDATE uploads SET status = 'deleted', \
               rejection_reason = CASE status WHEN 'pending' THEN 'never completed' \
                                  ELSE rejection_reason END \
             WHERE status IN ('pending', 'rejected') \
               AND created_at < now() - make_interval(secs => $1::float8 / 1000) \
             RETURNING object_key",
        )
        .with::<BigInt, _>(millis(ttl))
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(keys.into_iter().map(|k| k.object_key).collect())
    }

    /// The employers with public (applicant or anonymous) uploads verified more than `ttl`
    /// ago: whether anything names them is for each employer's own transaction to say
    /// ([`TenantTx::uploads_expire_unclaimed`]).
    pub async fn employers_with_unclaimed_uploads(
        &self,
        ttl: Duration,
    ) -> Result<Vec<TenantScope>, DbError> {
        #[derive(QueryableByName)]
        struct Employer {
            #[diesel(sql_type = SqlUuid)]
            employer_id: Uuid,
        }
        let mut tx = Tx::begin(self.pool(), Access::Maintenance, self.limits()).await?;
        let rows: Vec<Employer> = Stmt::new(
            "SELECT DISTINCT employer_id FROM uploads \
             WHERE status = 'verified' AND owner_kind <> 'employer' AND claimed_at IS NULL \
               AND verified_at < now() - make_interval(secs => $1::float8 / 1000)",
        )
        .with::<BigInt, _>(millis(ttl))
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(rows
            .into_iter()
            .map(|r| TenantScope::new(r.employer_id))
            .collect())
    }

    /// Settled uploads whose form has expired and whose incoming key may still hold what the
    /// form posted after `:complete` (at most `limit`): (id, incoming key). The key is never
    /// the stored one.
    pub async fn incoming_to_clear(&self, limit: i64) -> Result<Vec<(Uuid, String)>, DbError> {
        #[derive(QueryableByName)]
        struct Incoming {
            #[diesel(sql_type = SqlUuid)]
            id: Uuid,
            #[diesel(sql_type = Text)]
            object_key: String,
        }
        let mut tx = Tx::begin(self.pool(), Access::Maintenance, self.limits()).await?;
        let rows: Vec<Incoming> = Stmt::new(
            "SELECT id, object_key FROM uploads \
             WHERE incoming_cleared_at IS NULL AND status <> 'pending' AND expires_at < now() \
               AND object_key IS DISTINCT FROM stored_key \
             ORDER BY expires_at LIMIT $1",
        )
        .with::<BigInt, _>(limit)
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(rows.into_iter().map(|r| (r.id, r.object_key)).collect())
    }

    /// Records that these uploads' incoming keys were cleared.
    pub async fn incoming_cleared(&self, ids: &[Uuid]) -> Result<(), DbError> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut tx = Tx::begin(self.pool(), Access::Maintenance, self.limits()).await?;
        Stmt::new("UPDATE uploads SET incoming_cleared_at = now() WHERE id = ANY($1)")
            .with::<Array<SqlUuid>, _>(ids.to_vec())
            .execute(tx.conn()?)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
