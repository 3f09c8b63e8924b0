//! Job search in SQL: one query builder for the employer's list (tenant transaction) and public
//! search (public transaction). Only the audience differs: which rows (the employer's, any
//! status; or published ones of every employer), which recency column orders them, and where
//! the full-text document is read from.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::pg::Pg;
use diesel::query_builder::{BoxedSqlQuery, SqlQuery};
use diesel::sql_types::{BigInt, Float4, HasSqlType, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::jobs::{JobRow, job_columns};
use super::public::{PublicJobRecord, PublicJobRow, PublicTx, public_job_columns};
use super::tenant::TenantTx;
use super::{DbError, JobRecord};
use crate::domain::search::{JobFilters, SearchPosition};

/// The text search configuration of `search_vector` (see the search migration).
const TS_CONFIG: &str = "jobs_search";

/// A page's rows, each with its position in the sort order.
pub struct Hits<T> {
    pub items: Vec<(T, SearchPosition)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Audience {
    Tenant(Uuid),
    Public,
}

impl Audience {
    /// The recency key: creation for the employer's list, publication for public search.
    fn time_column(self) -> &'static str {
        match self {
            Audience::Tenant(_) => "j.created_at",
            Audience::Public => "j.published_at",
        }
    }
}

/// Hand-written SQL with numbered bind parameters.
struct Sql {
    text: String,
    query: BoxedSqlQuery<'static, Pg, SqlQuery>,
    params: usize,
}

impl Sql {
    fn new() -> Self {
        Self {
            text: String::new(),
            query: diesel::sql_query("").into_boxed(),
            params: 0,
        }
    }

    fn push(&mut self, sql: &str) -> &mut Self {
        self.text.push_str(sql);
        self
    }

    /// Adds a bind parameter and returns its placeholder (`$n`).
    fn bind<ST, V>(&mut self, value: V) -> String
    where
        Pg: HasSqlType<ST>,
        V: diesel::serialize::ToSql<ST, Pg> + Send + 'static,
        ST: Send + 'static,
    {
        let query = std::mem::replace(&mut self.query, diesel::sql_query("").into_boxed());
        self.query = query.bind::<ST, V>(value);
        self.params += 1;
        format!("${}", self.params)
    }

    fn finish(self) -> BoxedSqlQuery<'static, Pg, SqlQuery> {
        self.query.sql(self.text)
    }
}

/// FROM and WHERE of a search: the audience's rows, narrowed by every filter. Returns the
/// text-search query expression when there is one (for ranking).
fn from_where(sql: &mut Sql, audience: Audience, filters: &JobFilters) -> Option<String> {
    sql.push(" FROM jobs j");
    if audience == Audience::Public {
        sql.push(" JOIN employers e ON e.id = j.employer_id");
        // Full-text and language conditions go to the published documents, where their
        // indexes work (see the search migration for why not on `jobs` itself).
        if filters.q.is_some() || filters.language.is_some() {
            sql.push(" JOIN job_search_documents d ON d.job_id = j.id");
        }
    }
    match audience {
        Audience::Tenant(employer_id) => {
            let p = sql.bind::<SqlUuid, _>(employer_id);
            sql.push(&format!(" WHERE j.employer_id = {p}"));
            if let Some(status) = filters.status {
                let p = sql.bind::<Text, _>(status);
                sql.push(&format!(" AND j.status = {p}"));
            }
        }
        Audience::Public => {
            sql.push(" WHERE j.status = 'published'");
            if let Some(employer_id) = filters.employer_id {
                let p = sql.bind::<SqlUuid, _>(employer_id);
                sql.push(&format!(" AND j.employer_id = {p}"));
            }
        }
    }
    for (column, value) in [
        ("j.department_slug", &filters.department),
        ("j.location_slug", &filters.location),
        ("j.employment_type", &filters.employment_type),
    ] {
        if let Some(value) = value {
            let p = sql.bind::<Text, _>(value.clone());
            sql.push(&format!(" AND {column} = {p}"));
        }
    }
    if let Some(language) = &filters.language {
        let p = sql.bind::<Text, _>(language.clone());
        match audience {
            Audience::Tenant(_) => sql.push(&format!(" AND {p} = ANY (j.language_slugs)")),
            Audience::Public => sql.push(&format!(" AND d.language_slugs @> ARRAY[{p}]")),
        };
    }
    let q = filters.q.as_ref()?;
    let p = sql.bind::<Text, _>(q.clone());
    let vector = match audience {
        Audience::Tenant(_) => "j.search_vector",
        Audience::Public => "d.search_vector",
    };
    let tsquery = format!("websearch_to_tsquery('{TS_CONFIG}', {p})");
    sql.push(&format!(" AND {vector} @@ {tsquery}"));
    Some(format!("ts_rank({vector}, {tsquery})"))
}

/// A page of search hits: `limit` rows after `after` in the sort order.
fn page_sql(
    audience: Audience,
    columns: &str,
    filters: &JobFilters,
    after: Option<&SearchPosition>,
    limit: i64,
) -> Result<Sql, DbError> {
    let mut sql = Sql::new();
    let rank = from_where(&mut sql, audience, filters);
    let time = audience.time_column();
    let rank_column = rank.as_deref().unwrap_or("NULL::real");
    if let Some(after) = after {
        let at = after
            .at()
            .ok_or_else(|| DbError::Other("cursor time out of range".into()))?;
        let t = sql.bind::<Timestamptz, _>(at);
        let id = sql.bind::<SqlUuid, _>(after.id);
        match (&rank, after.rank) {
            (Some(rank), Some(r)) => {
                let r = sql.bind::<Float4, _>(r);
                sql.push(&format!(" AND ({rank}, {time}, j.id) < ({r}, {t}, {id})"));
            }
            (None, None) => {
                sql.push(&format!(" AND ({time}, j.id) < ({t}, {id})"));
            }
            _ => return Err(DbError::Other("cursor does not fit the search".into())),
        }
    }
    let order = match &rank {
        Some(_) => format!("rank DESC, {time} DESC, j.id DESC"),
        None => format!("{time} DESC, j.id DESC"),
    };
    let l = sql.bind::<BigInt, _>(limit);
    sql.push(&format!(" ORDER BY {order} LIMIT {l}"));
    // The select list goes in front once the rank expression (which binds `q`) is known.
    let body = std::mem::take(&mut sql.text);
    sql.text = format!("SELECT {columns}, {rank_column} AS rank, {time} AS sort_time{body}");
    Ok(sql)
}

/// A row of the employer's list with its sort key.
#[derive(QueryableByName)]
#[diesel(check_for_backend(diesel::pg::Pg))]
struct RankedJob {
    #[diesel(embed)]
    job: JobRow,
    #[diesel(sql_type = Nullable<Float4>)]
    rank: Option<f32>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    sort_time: Option<DateTime<Utc>>,
}

/// A row of public search with its rank (its sort time is its `published_at`).
#[derive(QueryableByName)]
#[diesel(check_for_backend(diesel::pg::Pg))]
struct RankedPublicJob {
    #[diesel(embed)]
    job: PublicJobRow,
    #[diesel(sql_type = Nullable<Float4>)]
    rank: Option<f32>,
}

fn position(
    rank: Option<f32>,
    at: Option<DateTime<Utc>>,
    id: Uuid,
) -> Result<SearchPosition, DbError> {
    let at = at.ok_or_else(|| DbError::Other("search hit without a sort time".into()))?;
    Ok(SearchPosition::new(rank, at, id))
}

impl TenantTx {
    /// The employer's jobs matching `filters`, after `after`, at most `limit`.
    pub async fn jobs_search(
        &mut self,
        filters: &JobFilters,
        after: Option<&SearchPosition>,
        limit: i64,
    ) -> Result<Hits<JobRecord>, DbError> {
        let audience = Audience::Tenant(self.employer_id());
        let sql = page_sql(audience, &job_columns(), filters, after, limit)?;
        let rows: Vec<RankedJob> = sql.finish().load(self.conn()?).await?;
        let mut items = Vec::with_capacity(rows.len());
        for hit in rows {
            let record = hit.job.into_record()?;
            let pos = position(hit.rank, hit.sort_time, record.id)?;
            items.push((record, pos));
        }
        Ok(Hits { items })
    }
}

impl PublicTx {
    /// Published jobs matching `filters`, after `after`, at most `limit`.
    pub async fn public_jobs_search(
        &mut self,
        filters: &JobFilters,
        after: Option<&SearchPosition>,
        limit: i64,
    ) -> Result<Hits<PublicJobRecord>, DbError> {
        let sql = page_sql(
            Audience::Public,
            &public_job_columns(),
            filters,
            after,
            limit,
        )?;
        let rows: Vec<RankedPublicJob> = sql.finish().load(self.conn()?).await?;
        let mut items = Vec::with_capacity(rows.len());
        for hit in rows {
            let pos = position(hit.rank, hit.job.published_at(), hit.job.id())?;
            items.push((hit.job.into_record()?, pos));
        }
        Ok(Hits { items })
    }

    /// Counts of the jobs matching `filters` per department, language, location and
    /// employment type (the most common spelling of each value is its label).
    pub async fn public_jobs_facets(
        &mut self,
        filters: &JobFilters,
    ) -> Result<Vec<FacetRow>, DbError> {
        let mut sql = Sql::new();
        sql.push(
            "WITH hits AS MATERIALIZED (SELECT j.department_slug, j.department, \
             j.location_slug, j.location, j.language_slugs, j.languages, j.employment_type",
        );
        from_where(&mut sql, Audience::Public, filters);
        sql.push(&format!(
            ") {} UNION ALL {} UNION ALL {} UNION ALL {}",
            facet_select("department", "department_slug", "department", "hits"),
            facet_select("location", "location_slug", "location", "hits"),
            facet_select(
                "language",
                "u.slug",
                "u.label",
                "hits, unnest(hits.language_slugs, hits.languages) AS u(slug, label)"
            ),
            facet_select(
                "employment_type",
                "employment_type",
                "employment_type",
                "hits"
            ),
        ));
        Ok(sql.finish().load(self.conn()?).await?)
    }
}

/// One facet's values, most frequent first, at most the contract's 1000.
fn facet_select(facet: &str, slug: &str, label: &str, from: &str) -> String {
    format!(
        "(SELECT '{facet}' AS facet, {slug} AS slug, \
         mode() WITHIN GROUP (ORDER BY {label}) AS label, count(*) AS count \
         FROM {from} WHERE {slug} IS NOT NULL GROUP BY {slug} \
         ORDER BY count(*) DESC, {slug} LIMIT 1000)"
    )
}

#[derive(Debug, Clone, QueryableByName)]
pub struct FacetRow {
    #[diesel(sql_type = Text)]
    pub facet: String,
    #[diesel(sql_type = Text)]
    pub slug: String,
    #[diesel(sql_type = Text)]
    pub label: String,
    #[diesel(sql_type = BigInt)]
    pub count: i64,
}

impl super::Database {
    /// After a bulk load: settle the search index's pending entries and refresh the planner's
    /// statistics, or the first searches plan as if the tables were empty. Needs the tables'
    /// owner (the connecting user), so it is for tools such as `seed`, not for requests.
    pub async fn vacuum_search_tables(&self) -> Result<(), DbError> {
        use diesel_async::SimpleAsyncConnection;
        let mut conn = self.pool.get().await.map_err(|_| DbError::Unavailable)?;
        conn.batch_execute("VACUUM (ANALYZE) jobs, job_search_documents, employers")
            .await
            .map_err(DbError::from_diesel)
    }
}
