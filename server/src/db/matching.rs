//! Applicant matching in the database. The queues are cross-tenant and leased on the owner
//! login in maintenance mode ([`MatchStore`]): CV files to read (`cv_documents` rows still
//! `pending`) and jobs to score again (`match_queue`, fed by the migration's triggers while an
//! employer has matching on). What a lease finds is read and written in the employer's own
//! tenant transaction, under row-level security ([`TenantTx`] methods below).

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    Array, BigInt, Bool, Float4, Integer, Jsonb, Nullable, SmallInt, Text, Timestamptz,
    Uuid as SqlUuid,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tenant::TenantTx;
use super::tx::{Access, Limits, Pool, Tx};

/// Words of an applicant's CVs kept for the list's `q` (the most a person's CVs add).
const MAX_CV_TERMS: usize = 5_000;

/// The matching worker's handle: a small pool on the owner login, and its URL for LISTEN.
#[derive(Clone)]
pub struct MatchStore {
    pool: Pool,
    limits: Limits,
    owner_url: String,
}

/// A CV file to read.
#[derive(Debug, Clone, QueryableByName)]
pub struct LeasedCv {
    #[diesel(sql_type = SqlUuid)]
    pub upload_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub applicant_id: Uuid,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
}

/// A job whose applications are to be scored.
#[derive(Debug, Clone, QueryableByName)]
pub struct LeasedScoring {
    #[diesel(sql_type = SqlUuid)]
    pub job_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = BigInt)]
    pub generation: i64,
}

#[derive(QueryableByName)]
struct Due {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    at: Option<DateTime<Utc>>,
}

#[derive(QueryableByName)]
struct Depth {
    #[diesel(sql_type = BigInt)]
    cvs: i64,
    #[diesel(sql_type = BigInt)]
    jobs: i64,
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl MatchStore {
    pub(super) fn new(pool: Pool, limits: Limits, owner_url: String) -> Self {
        Self {
            pool,
            limits,
            owner_url,
        }
    }

    /// A tenant transaction of the employer a leased piece of work belongs to.
    pub async fn begin_for(
        &self,
        db: &super::Database,
        employer_id: Uuid,
    ) -> Result<TenantTx, DbError> {
        db.begin(&super::TenantScope::new(employer_id)).await
    }

    /// A connection listening on `match_work` (the triggers notify it).
    pub async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        let mut conn = super::tls::establish(&self.owner_url)
            .await
            .map_err(|_| DbError::Unavailable)?;
        Stmt::new("LISTEN match_work").execute(&mut conn).await?;
        Ok(conn)
    }

    /// Leases up to `limit` pending CV files for `lease`, oldest first, leaving out the
    /// employers in `full`.
    pub async fn lease_cvs(
        &self,
        limit: usize,
        full: &[Uuid],
        lease: Duration,
    ) -> Result<Vec<LeasedCv>, DbError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let leased: Vec<LeasedCv> = Stmt::new(
            "UPDATE cv_documents d SET leased_until = now() + make_interval(secs => $3 / 1000.0), \
                    attempts = d.attempts + 1 \
             WHERE d.upload_id IN ( \
               SELECT upload_id FROM cv_documents \
               WHERE status = 'pending' AND (leased_until IS NULL OR leased_until <= now()) \
                 AND NOT (employer_id = ANY($1)) \
               ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED) \
             RETURNING d.upload_id, d.employer_id, d.applicant_id, d.attempts",
        )
        .with::<Array<SqlUuid>, _>(full.to_vec())
        .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX))
        .with::<BigInt, _>(millis(lease))
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(leased)
    }

    /// Leases up to `limit` due jobs to score for `lease`.
    pub async fn lease_scorings(
        &self,
        limit: usize,
        full: &[Uuid],
        lease: Duration,
    ) -> Result<Vec<LeasedScoring>, DbError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let leased: Vec<LeasedScoring> = Stmt::new(
            "UPDATE match_queue q SET leased_until = now() + make_interval(secs => $3 / 1000.0), \
                    attempts = q.attempts + 1 \
             WHERE q.job_id IN ( \
               SELECT job_id FROM match_queue \
               WHERE due_at <= now() AND (leased_until IS NULL OR leased_until <= now()) \
                 AND NOT (employer_id = ANY($1)) \
               ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED) \
             RETURNING q.job_id, q.employer_id, q.generation",
        )
        .with::<Array<SqlUuid>, _>(full.to_vec())
        .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX))
        .with::<BigInt, _>(millis(lease))
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(leased)
    }

    /// When the next piece of work comes due (a lease running out included).
    pub async fn next_due(&self, full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let due: Vec<Due> = Stmt::new(
            "SELECT least( \
               (SELECT min(coalesce(leased_until, created_at)) FROM cv_documents \
                 WHERE status = 'pending' AND NOT (employer_id = ANY($1))), \
               (SELECT min(greatest(due_at, coalesce(leased_until, due_at))) FROM match_queue \
                 WHERE NOT (employer_id = ANY($1)))) AS at",
        )
        .with::<Array<SqlUuid>, _>(full.to_vec())
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(due.into_iter().next().and_then(|d| d.at))
    }

    /// CV files waiting to be read, and jobs waiting to be scored.
    pub async fn depth(&self) -> Result<(i64, i64), DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let rows: Vec<Depth> = Stmt::new(
            "SELECT (SELECT count(*) FROM cv_documents WHERE status = 'pending') AS cvs, \
                    (SELECT count(*) FROM match_queue) AS jobs",
        )
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(rows.into_iter().next().map_or((0, 0), |d| (d.cvs, d.jobs)))
    }
}

/// Where a leased CV file is (its upload's columns are `None` when no upload has its id).
#[derive(Debug, Clone, QueryableByName)]
pub struct CvSource {
    #[diesel(sql_type = Nullable<Text>)]
    pub stored_key: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub content_type: Option<String>,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub size_bytes: Option<i64>,
    #[diesel(sql_type = Nullable<Text>)]
    pub upload_status: Option<String>,
    #[diesel(sql_type = Text)]
    pub status: String,
}

/// What reading a CV file came to.
#[derive(Debug, Clone)]
pub enum CvOutcome {
    Extracted {
        format: String,
        text: String,
    },
    /// Refused for good (`reason` says why); `format` when the type was one that is read.
    Rejected {
        format: Option<String>,
        reason: String,
    },
    /// Reading failed for a reason that may pass (the store did not answer): leased again
    /// after `retry_in`, unless it has been tried too often (then `failed`).
    Retry {
        reason: String,
        retry_in: Duration,
    },
}

/// One CV file of an applicant and what reading it found.
#[derive(Debug, Clone, QueryableByName)]
pub struct CvTextRecord {
    #[diesel(sql_type = SqlUuid)]
    pub upload_id: Uuid,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub format: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub reason: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub text: Option<String>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub extracted_at: Option<DateTime<Utc>>,
}

/// An application of a job with what the score may read of it (and the person's name, e-mail
/// and phone, only to redact them from the CV's text).
#[derive(Debug, Clone, QueryableByName)]
pub struct MatchInput {
    #[diesel(sql_type = SqlUuid)]
    pub application_id: Uuid,
    #[diesel(sql_type = Array<Text>)]
    pub skills: Vec<String>,
    #[diesel(sql_type = Array<Text>)]
    pub languages: Vec<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub email: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub phone: Option<String>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub cv_upload_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<Text>)]
    pub cv_status: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub cv_text: Option<String>,
    #[diesel(sql_type = Nullable<Array<Float4>>)]
    pub cv_embedding: Option<Vec<f32>>,
    #[diesel(sql_type = Nullable<Text>)]
    pub cv_embedding_model: Option<String>,
}

/// A job's stored embedding.
#[derive(Debug, Clone, QueryableByName)]
pub struct JobEmbedding {
    #[diesel(sql_type = Text)]
    pub content_hash: String,
    #[diesel(sql_type = Text)]
    pub model: String,
    #[diesel(sql_type = Array<Float4>)]
    pub embedding: Vec<f32>,
}

/// A computed match to store.
#[derive(Debug, Clone)]
pub struct NewMatch {
    pub application_id: Uuid,
    pub score: i16,
    pub explanation: serde_json::Value,
    pub scorer: String,
}

/// A stored match.
#[derive(Debug, Clone, QueryableByName)]
pub struct MatchRecord {
    #[diesel(sql_type = SqlUuid)]
    pub application_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub job_id: Uuid,
    #[diesel(sql_type = SmallInt)]
    pub score: i16,
    #[diesel(sql_type = Jsonb)]
    pub explanation: serde_json::Value,
    #[diesel(sql_type = Text)]
    pub scorer: String,
    #[diesel(sql_type = Timestamptz)]
    pub computed_at: DateTime<Utc>,
}

/// A match as lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchSummary {
    pub score: i16,
    pub method: String,
    pub computed_at: DateTime<Utc>,
}

impl MatchRecord {
    pub fn summary(&self) -> MatchSummary {
        MatchSummary {
            score: self.score,
            method: self
                .explanation
                .get("method")
                .and_then(|m| m.as_str())
                .unwrap_or("lexical")
                .to_string(),
            computed_at: self.computed_at,
        }
    }
}

#[derive(QueryableByName)]
struct Flag {
    #[diesel(sql_type = Bool)]
    on: bool,
}

#[derive(QueryableByName)]
struct IdStatus {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Text)]
    status: String,
}

#[derive(QueryableByName)]
struct TextRow {
    #[diesel(sql_type = Text)]
    text: String,
}

impl TenantTx {
    /// Whether the employer has applicant matching on.
    pub async fn matching_enabled(&mut self) -> Result<bool, DbError> {
        let employer = self.employer_id();
        let rows: Vec<Flag> = Stmt::new("SELECT matching_enabled($1) AS on")
            .with::<SqlUuid, _>(employer)
            .load(self.conn()?)
            .await?;
        Ok(rows.into_iter().next().is_some_and(|f| f.on))
    }

    /// Whether the employer has matching on, holding its row until the transaction ends: a
    /// worker's writes then either commit before the setting is turned off (whose trigger then
    /// deletes them) or see it off.
    pub async fn matching_enabled_locked(&mut self) -> Result<bool, DbError> {
        let employer = self.employer_id();
        let rows: Vec<Flag> =
            Stmt::new("SELECT matching_enabled(id) AS on FROM employers WHERE id = $1 FOR SHARE")
                .with::<SqlUuid, _>(employer)
                .load(self.conn()?)
                .await?;
        Ok(rows.into_iter().next().is_some_and(|f| f.on))
    }

    /// The leased CV file's upload (`None`: the row went, e.g. the applicant was erased).
    pub async fn cv_source(&mut self, upload_id: Uuid) -> Result<Option<CvSource>, DbError> {
        let employer = self.employer_id();
        let rows: Vec<CvSource> = Stmt::new(
            "SELECT u.stored_key, u.content_type, u.size_bytes, u.status AS upload_status, \
                    d.status \
             FROM cv_documents d \
             LEFT JOIN uploads u ON u.id = d.upload_id AND u.employer_id = d.employer_id \
             WHERE d.employer_id = $1 AND d.upload_id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(upload_id)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    /// Records what reading a CV came to. Extracted: its words join the applicant's searchable
    /// terms, and the jobs they applied to are scored again. Returns the applicant when the
    /// row was still pending.
    pub async fn cv_finish(
        &mut self,
        upload_id: Uuid,
        outcome: &CvOutcome,
        max_attempts: i32,
    ) -> Result<Option<Uuid>, DbError> {
        let employer = self.employer_id();
        let (status, format, reason, text, retry_in) = match outcome {
            CvOutcome::Extracted { format, text } => (
                "extracted",
                Some(format.clone()),
                None,
                Some(text.clone()),
                None,
            ),
            CvOutcome::Rejected { format, reason } => {
                ("rejected", format.clone(), Some(reason.clone()), None, None)
            }
            CvOutcome::Retry { reason, retry_in } => {
                ("failed", None, Some(reason.clone()), None, Some(*retry_in))
            }
        };
        // A retry stays pending (leased again after `retry_in`) until it was tried too often.
        let rows: Vec<IdStatus> = Stmt::new(
            "UPDATE cv_documents SET \
               status = CASE WHEN $6::bigint IS NOT NULL AND attempts < $7 THEN 'pending' ELSE $3 END, \
               format = coalesce($4, format), reason = $5, text = $8, \
               leased_until = CASE WHEN $6::bigint IS NOT NULL \
                                   THEN now() + make_interval(secs => $6 / 1000.0) END, \
               extracted_at = CASE WHEN $6::bigint IS NOT NULL AND attempts < $7 THEN NULL ELSE now() END \
             WHERE employer_id = $1 AND upload_id = $2 AND status = 'pending' \
             RETURNING applicant_id AS id, status",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(upload_id)
        .with::<Text, _>(status.to_string())
        .with::<Nullable<Text>, _>(format)
        .with::<Nullable<Text>, _>(reason)
        .with::<Nullable<BigInt>, _>(retry_in.map(millis))
        .with::<Integer, _>(max_attempts)
        .with::<Nullable<Text>, _>(text)
        .load(self.conn()?)
        .await?;
        let Some(row) = rows.into_iter().next() else {
            return Ok(None);
        };
        if matches!(outcome, CvOutcome::Extracted { .. }) {
            self.cv_write_terms(row.id).await?;
        }
        // Settled (read, refused, or failed for good): the applicant's jobs are scored again.
        if row.status != "pending" {
            self.matching_enqueue_applicant(row.id).await?;
        }
        Ok(Some(row.id))
    }

    /// Replaces the applicant's CV words (kind `cv`) with those of all their extracted CVs.
    async fn cv_write_terms(&mut self, applicant: Uuid) -> Result<(), DbError> {
        let employer = self.employer_id();
        let texts: Vec<TextRow> = Stmt::new(
            "SELECT text FROM cv_documents WHERE employer_id = $1 AND applicant_id = $2 \
               AND status = 'extracted' AND text IS NOT NULL",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(applicant)
        .load(self.conn()?)
        .await?;
        // The list's words (see `domain::applicant::words`), each at most 64 characters.
        let mut words: Vec<String> = texts
            .iter()
            .flat_map(|t| t.text.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && w.chars().count() <= 64)
            .map(str::to_lowercase)
            .collect();
        words.sort();
        words.dedup();
        words.truncate(MAX_CV_TERMS);
        Stmt::new(
            "DELETE FROM applicant_terms WHERE employer_id = $1 AND applicant_id = $2 AND kind = 'cv'",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(applicant)
        .execute(self.conn()?)
        .await?;
        if !words.is_empty() {
            Stmt::new(
                "INSERT INTO applicant_terms (employer_id, applicant_id, kind, term) \
                 SELECT $1, $2, 'cv', t FROM unnest($3::text[]) AS t ON CONFLICT DO NOTHING",
            )
            .with::<SqlUuid, _>(employer)
            .with::<SqlUuid, _>(applicant)
            .with::<Array<Text>, _>(words)
            .execute(self.conn()?)
            .await?;
        }
        Ok(())
    }

    /// Queues the jobs the applicant applied to for scoring.
    async fn matching_enqueue_applicant(&mut self, applicant: Uuid) -> Result<(), DbError> {
        let employer = self.employer_id();
        Stmt::new(
            "SELECT matching_enqueue_job(job_id, employer_id) FROM applications \
             WHERE employer_id = $1 AND applicant_id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(applicant)
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// Stores a CV's embedding.
    pub async fn cv_set_embedding(
        &mut self,
        upload_id: Uuid,
        model: &str,
        embedding: &[f32],
    ) -> Result<(), DbError> {
        let employer = self.employer_id();
        Stmt::new(
            "UPDATE cv_documents SET embedding = $3, embedding_model = $4 \
             WHERE employer_id = $1 AND upload_id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(upload_id)
        .with::<Array<Float4>, _>(embedding.to_vec())
        .with::<Text, _>(model.to_string())
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// The applicant's CV files, newest first.
    pub async fn cv_texts_of(&mut self, applicant: Uuid) -> Result<Vec<CvTextRecord>, DbError> {
        let employer = self.employer_id();
        Ok(Stmt::new(
            "SELECT upload_id, status, format, reason, text, created_at, extracted_at \
             FROM cv_documents WHERE employer_id = $1 AND applicant_id = $2 \
             ORDER BY created_at DESC, upload_id DESC LIMIT 100",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(applicant)
        .load(self.conn()?)
        .await?)
    }

    /// Every application of the job with what its score reads: the applicant's listed skills
    /// and languages and one CV — the one sent with the latest submission, else the one on
    /// their record, else their newest read one.
    pub async fn match_inputs(&mut self, job: Uuid) -> Result<Vec<MatchInput>, DbError> {
        let employer = self.employer_id();
        Ok(Stmt::new(
            "SELECT a.id AS application_id, p.skills, p.languages, p.name, p.email, p.phone, \
                    d.upload_id AS cv_upload_id, d.status AS cv_status, d.text AS cv_text, \
                    d.embedding AS cv_embedding, d.embedding_model AS cv_embedding_model \
             FROM applications a \
             JOIN applicants p ON p.id = a.applicant_id AND p.employer_id = a.employer_id \
             LEFT JOIN LATERAL ( \
               SELECT d.upload_id, d.status, d.text, d.embedding, d.embedding_model \
               FROM cv_documents d \
               WHERE d.employer_id = a.employer_id AND d.applicant_id = a.applicant_id \
               ORDER BY (d.upload_id IS NOT DISTINCT FROM coalesce( \
                          (SELECT (s.submission ->> 'cv_upload_id')::uuid \
                             FROM application_submissions s \
                            WHERE s.application_id = a.id AND s.employer_id = a.employer_id \
                              AND s.submission ->> 'cv_upload_id' IS NOT NULL \
                            ORDER BY s.submitted_at DESC LIMIT 1), \
                          p.cv_upload_id)) DESC, \
                        (d.status = 'extracted') DESC, d.created_at DESC \
               LIMIT 1) d ON true \
             WHERE a.employer_id = $1 AND a.job_id = $2 AND p.erased_at IS NULL \
             ORDER BY a.created_at, a.id",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(job)
        .load(self.conn()?)
        .await?)
    }

    pub async fn job_embedding(&mut self, job: Uuid) -> Result<Option<JobEmbedding>, DbError> {
        let employer = self.employer_id();
        let rows: Vec<JobEmbedding> = Stmt::new(
            "SELECT content_hash, model, embedding FROM job_embeddings \
             WHERE employer_id = $1 AND job_id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(job)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    pub async fn job_embedding_put(
        &mut self,
        job: Uuid,
        embedding: &JobEmbedding,
    ) -> Result<(), DbError> {
        let employer = self.employer_id();
        Stmt::new(
            "INSERT INTO job_embeddings (job_id, employer_id, content_hash, model, embedding) \
             VALUES ($2, $1, $3, $4, $5) ON CONFLICT (job_id) DO UPDATE SET \
               content_hash = excluded.content_hash, model = excluded.model, \
               embedding = excluded.embedding, computed_at = now()",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(job)
        .with::<Text, _>(embedding.content_hash.clone())
        .with::<Text, _>(embedding.model.clone())
        .with::<Array<Float4>, _>(embedding.embedding.clone())
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// Stores the job's matches (one per application), leaving out the applications of people
    /// erased meanwhile (their rows are held until the transaction ends, so an erasure either
    /// waits and deletes these or is seen).
    pub async fn matches_put(&mut self, job: Uuid, matches: &[NewMatch]) -> Result<(), DbError> {
        if matches.is_empty() {
            return Ok(());
        }
        let employer = self.employer_id();
        Stmt::new(
            "WITH live AS ( \
               SELECT ap.id FROM applications ap \
               JOIN applicants p ON p.id = ap.applicant_id AND p.employer_id = ap.employer_id \
               WHERE ap.employer_id = $1 AND ap.id = ANY($3) AND p.erased_at IS NULL \
               FOR SHARE OF p) \
             INSERT INTO application_matches \
               (application_id, employer_id, job_id, score, explanation, scorer) \
             SELECT a, $1, $2, s, e, k FROM unnest($3::uuid[], $4::smallint[], $5::jsonb[], $6::text[]) \
               AS m(a, s, e, k) JOIN live ON live.id = m.a \
             ON CONFLICT (application_id) DO UPDATE SET score = excluded.score, \
               explanation = excluded.explanation, scorer = excluded.scorer, computed_at = now()",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(job)
        .with::<Array<SqlUuid>, _>(matches.iter().map(|m| m.application_id).collect::<Vec<_>>())
        .with::<Array<SmallInt>, _>(matches.iter().map(|m| m.score).collect::<Vec<_>>())
        .with::<Array<Jsonb>, _>(
            matches
                .iter()
                .map(|m| m.explanation.clone())
                .collect::<Vec<_>>(),
        )
        .with::<Array<Text>, _>(matches.iter().map(|m| m.scorer.clone()).collect::<Vec<_>>())
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// Ends a scoring: the queue row goes unless it was queued again meanwhile (then it is
    /// due again at once).
    pub async fn scoring_done(&mut self, job: Uuid, generation: i64) -> Result<(), DbError> {
        let employer = self.employer_id();
        Stmt::new(
            "WITH gone AS (DELETE FROM match_queue \
               WHERE employer_id = $1 AND job_id = $2 AND generation = $3 RETURNING job_id) \
             UPDATE match_queue SET leased_until = NULL, attempts = 0 \
             WHERE employer_id = $1 AND job_id = $2 AND NOT EXISTS (SELECT 1 FROM gone)",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(job)
        .with::<BigInt, _>(generation)
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// The stored match of an application.
    pub async fn match_get(&mut self, application: Uuid) -> Result<Option<MatchRecord>, DbError> {
        let employer = self.employer_id();
        let rows: Vec<MatchRecord> = Stmt::new(
            "SELECT application_id, job_id, score, explanation, scorer, computed_at \
             FROM application_matches WHERE employer_id = $1 AND application_id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(application)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    /// The stored matches of these applications.
    pub async fn matches_of(
        &mut self,
        applications: &[Uuid],
    ) -> Result<HashMap<Uuid, MatchSummary>, DbError> {
        if applications.is_empty() {
            return Ok(HashMap::new());
        }
        let employer = self.employer_id();
        let rows: Vec<MatchRecord> = Stmt::new(
            "SELECT application_id, job_id, score, explanation, scorer, computed_at \
             FROM application_matches WHERE employer_id = $1 AND application_id = ANY($2)",
        )
        .with::<SqlUuid, _>(employer)
        .with::<Array<SqlUuid>, _>(applications.to_vec())
        .load(self.conn()?)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.application_id, r.summary()))
            .collect())
    }

    /// Removes what matching knows of an erased applicant: their CV texts and embeddings,
    /// and the scores of their applications (their explanations name what the CV said).
    pub async fn matching_forget_applicant(&mut self, applicant: Uuid) -> Result<(), DbError> {
        let employer = self.employer_id();
        Stmt::new("DELETE FROM cv_documents WHERE employer_id = $1 AND applicant_id = $2")
            .with::<SqlUuid, _>(employer)
            .with::<SqlUuid, _>(applicant)
            .execute(self.conn()?)
            .await?;
        Stmt::new(
            "DELETE FROM application_matches WHERE employer_id = $1 AND application_id IN \
               (SELECT id FROM applications WHERE employer_id = $1 AND applicant_id = $2)",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(applicant)
        .execute(self.conn()?)
        .await?;
        Ok(())
    }
}
