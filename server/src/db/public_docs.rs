//! What the in-process public index (`crate::search`) is built from and kept current with: the
//! published jobs' filterable values (`job_search_documents`), and the public changes feed with
//! each changed job's values as they are now. Read as the public role, each in one
//! repeatable-read snapshot, so that a position and the values read with it agree.

use diesel::QueryableByName;
use diesel::sql_types::{Array, BigInt, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::stmt::Stmt;
use super::{Database, DbError};

/// A published job's filterable values, as public search reads them.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct FacetDoc {
    #[diesel(sql_type = SqlUuid)]
    pub job_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = Nullable<Text>)]
    pub department_slug: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub department: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub location_slug: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub location: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub employment_type: Option<String>,
    #[diesel(sql_type = Array<Text>)]
    pub language_slugs: Vec<String>,
    #[diesel(sql_type = Array<Text>)]
    pub languages: Vec<String>,
    /// The text public search matches (`crate::search::text`).
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = Text)]
    pub description: String,
    #[diesel(sql_type = Text)]
    pub description_format: String,
    #[diesel(sql_type = Timestamptz)]
    pub published_at: chrono::DateTime<chrono::Utc>,
    /// The language of `title` and `description` (a BCP 47 tag).
    #[diesel(sql_type = Text)]
    pub locale: String,
    /// The job's translations (see `domain::translation`), searched too.
    #[diesel(sql_type = diesel::sql_types::Jsonb)]
    pub translations: serde_json::Value,
}

/// Published jobs read per round trip by [`Database::public_docs_load`].
pub const LOAD_CHUNK: usize = 10_000;

/// One change of the feed: the job's values now, or `None` when it is not public now.
#[derive(Debug, Clone)]
pub struct DocChange {
    pub position: i64,
    pub job_id: Uuid,
    pub doc: Option<FacetDoc>,
}

const DOC_COLUMNS: &str = "d.job_id, d.employer_id, d.department_slug, d.department, \
     d.location_slug, d.location, d.employment_type, d.language_slugs, d.languages, j.title, \
     j.description, j.description_format, d.published_at, j.locale, j.translations";

/// The documents with their jobs' text (the public role reads published jobs' text).
const DOC_FROM: &str = "job_search_documents d JOIN jobs j ON j.id = d.job_id";

#[derive(QueryableByName)]
struct Position {
    #[diesel(sql_type = Nullable<BigInt>)]
    position: Option<i64>,
}

#[derive(QueryableByName)]
struct Changed {
    #[diesel(sql_type = BigInt)]
    position: i64,
    #[diesel(sql_type = SqlUuid)]
    job_id: Uuid,
}

impl Database {
    /// All published jobs' values and the feed's last position, from one snapshot, handed to
    /// `sink` a chunk at a time (keyset pages of [`LOAD_CHUNK`]), so that a large board never
    /// sits in memory twice. Returns the position.
    pub async fn public_docs_load(
        &self,
        mut sink: impl FnMut(Vec<FacetDoc>) + Send,
    ) -> Result<i64, DbError> {
        let mut tx = self.begin_public_index().await?;
        let position: Position =
            Stmt::new("SELECT max(position) AS position FROM public_job_changes")
                .get_result(tx.conn()?)
                .await?;
        let mut after = Uuid::nil();
        loop {
            let docs: Vec<FacetDoc> = Stmt::new(format!(
                "SELECT {DOC_COLUMNS} FROM {DOC_FROM} \
                 WHERE d.job_id > $1 ORDER BY d.job_id LIMIT {LOAD_CHUNK}"
            ))
            .with::<SqlUuid, _>(after)
            .load(tx.conn()?)
            .await?;
            let Some(last) = docs.last().map(|d| d.job_id) else {
                break;
            };
            let full = docs.len() >= LOAD_CHUNK;
            after = last;
            sink(docs);
            if !full {
                break;
            }
        }
        tx.finish().await?;
        Ok(position.position.unwrap_or(0))
    }

    /// Up to `limit` changes after `after`, in feed order, each with its job's values as
    /// of the same snapshot (`None`: not public now; a later change of the feed says so too).
    pub async fn public_doc_changes(
        &self,
        after: i64,
        limit: i64,
    ) -> Result<Vec<DocChange>, DbError> {
        let mut tx = self.begin_public_index().await?;
        let changed: Vec<Changed> = Stmt::new(
            "SELECT position, job_id FROM public_job_changes \
             WHERE position > $1 ORDER BY position LIMIT $2",
        )
        .with::<BigInt, _>(after)
        .with::<BigInt, _>(limit)
        .load(tx.conn()?)
        .await?;
        let mut docs = std::collections::HashMap::new();
        if !changed.is_empty() {
            let ids: Vec<Uuid> = changed.iter().map(|c| c.job_id).collect();
            let found: Vec<FacetDoc> = Stmt::new(format!(
                "SELECT {DOC_COLUMNS} FROM {DOC_FROM} WHERE d.job_id = ANY($1)"
            ))
            .with::<Array<SqlUuid>, _>(ids)
            .load(tx.conn()?)
            .await?;
            docs.extend(found.into_iter().map(|d| (d.job_id, d)));
        }
        tx.finish().await?;
        Ok(changed
            .into_iter()
            .map(|c| DocChange {
                position: c.position,
                job_id: c.job_id,
                doc: docs.get(&c.job_id).cloned(),
            })
            .collect())
    }

    /// The job of the feed's change at `position` (`None`: no such change): a persisted
    /// search index checks that the feed it resumes is the one it recorded.
    pub async fn public_change_at(&self, position: i64) -> Result<Option<Uuid>, DbError> {
        #[derive(QueryableByName)]
        struct Job {
            #[diesel(sql_type = SqlUuid)]
            job_id: Uuid,
        }
        let mut tx = self.begin_public_index().await?;
        let found: Vec<Job> =
            Stmt::new("SELECT job_id FROM public_job_changes WHERE position = $1")
                .with::<BigInt, _>(position)
                .load(tx.conn()?)
                .await?;
        tx.finish().await?;
        Ok(found.into_iter().next().map(|j| j.job_id))
    }

    /// A connection of its own on the serving login, listening on `public_job_changes`
    /// (notified at the commit of every change to what the public sees). The caller reads
    /// `notifications_stream()`.
    pub async fn public_changes_listener(&self) -> Result<AsyncPgConnection, DbError> {
        let mut conn = super::tls::establish(&self.serving_url)
            .await
            .map_err(|_| DbError::Unavailable)?;
        Stmt::new("LISTEN public_job_changes")
            .execute(&mut conn)
            .await?;
        Ok(conn)
    }
}
