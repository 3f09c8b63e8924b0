//! Job search in SQL: one query builder for the employer's list (tenant transaction) and public
//! search (public transaction). The audience decides the rows searched and their columns: the
//! employer's jobs of any status (`jobs`, under the tenant policy), or the search documents of
//! published jobs (`job_search_documents`, see the search migration for why), whose page of
//! hits is then read from `jobs` under the public policy.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Float4, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::jobs::{JobRow, job_columns};
use super::public::{PublicJobRecord, PublicJobRow, PublicTx, public_job_columns};
use super::schema::jobs;
use super::stmt::Stmt;
use super::tx::{self, Access, Plans, Tx};
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

/// Where an audience's searchable values live.
struct Source {
    from: &'static str,
    id: &'static str,
    /// The recency key: creation for the employer's list, publication for public search.
    time: &'static str,
    employer_id: &'static str,
    department_slug: &'static str,
    location_slug: &'static str,
    employment_type: &'static str,
    language_slugs: &'static str,
    search_vector: &'static str,
}

impl Audience {
    fn source(self) -> Source {
        match self {
            Audience::Tenant(_) => Source {
                from: "jobs j",
                id: "j.id",
                time: "j.created_at",
                employer_id: "j.employer_id",
                department_slug: "j.department_slug",
                location_slug: "j.location_slug",
                employment_type: "j.employment_type",
                language_slugs: "j.language_slugs",
                search_vector: "j.search_vector",
            },
            Audience::Public => Source {
                from: "job_search_documents d",
                id: "d.job_id",
                time: "d.published_at",
                employer_id: "d.employer_id",
                department_slug: "d.department_slug",
                location_slug: "d.location_slug",
                employment_type: "d.employment_type",
                language_slugs: "d.language_slugs",
                search_vector: "d.search_vector",
            },
        }
    }
}

type Sql = Stmt;

/// FROM and WHERE of a search: the audience's rows, narrowed by every filter. Returns the
/// rank expression when there is a text query.
fn from_where(sql: &mut Sql, audience: Audience, filters: &JobFilters) -> Option<String> {
    let src = audience.source();
    sql.push(&format!(" FROM {} WHERE true", src.from));
    match audience {
        Audience::Tenant(employer_id) => {
            let p = sql.bind::<SqlUuid, _>(employer_id);
            sql.push(&format!(" AND {} = {p}", src.employer_id));
            if let Some(status) = filters.status {
                let p = sql.bind::<Text, _>(status);
                sql.push(&format!(" AND j.status = {p}"));
            }
        }
        Audience::Public => {
            if let Some(employer_id) = filters.employer_id {
                let p = sql.bind::<SqlUuid, _>(employer_id);
                sql.push(&format!(" AND {} = {p}", src.employer_id));
            }
        }
    }
    let employment_type = filters.employment_type.map(|e| e.as_str().to_string());
    for (column, value) in [
        (src.department_slug, &filters.department),
        (src.location_slug, &filters.location),
        (src.employment_type, &employment_type),
    ] {
        if let Some(value) = value {
            let p = sql.bind::<Text, _>(value.clone());
            sql.push(&format!(" AND {column} = {p}"));
        }
    }
    if let Some(language) = &filters.language {
        let p = sql.bind::<Text, _>(language.clone());
        sql.push(&format!(" AND {} @> ARRAY[{p}]", src.language_slugs));
    }
    let q = filters.q.as_ref()?;
    let p = sql.bind::<Text, _>(q.clone());
    let tsquery = format!("websearch_to_tsquery('{TS_CONFIG}', {p})");
    sql.push(&format!(" AND {} @@ {tsquery}", src.search_vector));
    Some(format!("ts_rank({}, {tsquery})", src.search_vector))
}

/// The page's hits in order: `SELECT id, rank, sort_time FROM … LIMIT limit`.
fn hits_sql(
    audience: Audience,
    filters: &JobFilters,
    after: Option<&SearchPosition>,
    limit: i64,
) -> Result<Sql, DbError> {
    let src = audience.source();
    let mut inner = Sql::default();
    let rank = from_where(&mut inner, audience, filters);
    let (time, id) = (src.time, src.id);
    if let Some(after) = after {
        let at = after
            .at()
            .ok_or_else(|| DbError::Other("cursor time out of range".into()))?;
        let t = inner.bind::<Timestamptz, _>(at);
        let p = inner.bind::<SqlUuid, _>(after.id);
        match (&rank, after.rank) {
            (Some(rank), Some(r)) => {
                let r = inner.bind::<Float4, _>(r);
                inner.push(&format!(" AND ({rank}, {time}, {id}) < ({r}, {t}, {p})"));
            }
            (None, None) => {
                inner.push(&format!(" AND ({time}, {id}) < ({t}, {p})"));
            }
            _ => return Err(DbError::Other("cursor does not fit the search".into())),
        };
    }
    let order = match &rank {
        Some(_) => format!("rank DESC, {time} DESC, {id} DESC"),
        None => format!("{time} DESC, {id} DESC"),
    };
    // The limit is text, not a parameter: a generic plan for `LIMIT $n` assumes a tenth of
    // the table and hash-joins all of it (200 ms for a page of 100,000 jobs). The contract
    // bounds it, so a query shape has at most a hundred statements.
    inner.push(&format!(" ORDER BY {order} LIMIT {limit}"));
    let body = inner.text().to_string();
    let rank = rank.as_deref().unwrap_or("NULL::real");
    inner.set_text(format!(
        "SELECT {id} AS hit_id, {rank} AS rank, {time} AS sort_time{body}"
    ));
    Ok(inner)
}

/// A full page: the hits, joined to what the audience shows of each job, in hit order.
fn page_sql(
    audience: Audience,
    filters: &JobFilters,
    after: Option<&SearchPosition>,
    limit: i64,
) -> Result<Sql, DbError> {
    let mut sql = hits_sql(audience, filters, after, limit)?;
    let hits = sql.text().to_string();
    let (columns, join) = match audience {
        Audience::Tenant(_) => (job_columns(), "JOIN jobs j ON j.id = hit.hit_id"),
        Audience::Public => (
            public_job_columns(),
            "JOIN jobs j ON j.id = hit.hit_id JOIN employers e ON e.id = j.employer_id",
        ),
    };
    sql.set_text(format!(
        "SELECT {columns}, hit.rank, hit.sort_time FROM ({hits}) AS hit {join} \
         ORDER BY hit.rank DESC NULLS LAST, hit.sort_time DESC, hit.hit_id DESC"
    ));
    Ok(sql)
}

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

/// A row of public search with its sort key.
#[derive(QueryableByName)]
#[diesel(check_for_backend(diesel::pg::Pg))]
struct RankedPublicJob {
    #[diesel(embed)]
    job: PublicJobRow,
    #[diesel(sql_type = Nullable<Float4>)]
    rank: Option<f32>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    sort_time: Option<DateTime<Utc>>,
}

fn position(
    rank: Option<f32>,
    at: Option<DateTime<Utc>>,
    id: Uuid,
) -> Result<SearchPosition, DbError> {
    let at = at.ok_or_else(|| DbError::Other("search hit without a sort time".into()))?;
    Ok(SearchPosition::new(rank, at, id))
}

impl super::Database {
    /// The employer's jobs matching `filters`, after `after`, at most `limit`: one round trip.
    pub async fn employer_jobs_page(
        &self,
        scope: &super::TenantScope,
        filters: &JobFilters,
        after: Option<&SearchPosition>,
        limit: i64,
    ) -> Result<Hits<JobRecord>, DbError> {
        let access = Access::Tenant(scope.employer_id());
        if filters.q.is_none() {
            // The common case: a typed query read positionally, straight from the keyset index.
            let rows: Vec<JobRow> =
                Tx::read_once_with(&self.pool, access, self.limits, plans_for(filters), |c| {
                    Box::pin(
                        own_page_query(scope.employer_id(), filters, after, limit).load(&mut &*c),
                    )
                })
                .await?;
            let mut items = Vec::with_capacity(rows.len());
            for row in rows {
                let record = row.into_record()?;
                let key = match filters.updated_after {
                    Some(_) => record.updated_at,
                    None => record.created_at,
                };
                let pos = SearchPosition::new(None, key, record.id);
                items.push((record, pos));
            }
            return Ok(Hits { items });
        }
        let sql = page_sql(Audience::Tenant(scope.employer_id()), filters, after, limit)?;
        let rows: Vec<RankedJob> =
            Tx::read_once(&self.pool, access, self.limits, Plans::Auto, &sql).await?;
        ranked_jobs(rows)
    }

    /// Published jobs matching `filters`, after `after`, at most `limit`: one round trip (a
    /// plain page, one statement).
    pub async fn public_jobs_page(
        &self,
        filters: &JobFilters,
        after: Option<&SearchPosition>,
        limit: i64,
    ) -> Result<Hits<PublicJobRecord>, DbError> {
        let sql = page_sql(Audience::Public, filters, after, limit)?;
        let rows: Vec<RankedPublicJob> = match plans_for(filters) {
            // A plain page: one statement on a connection configured for the public.
            Plans::Generic => tx::read_configured(&self.public_reads, &sql).await?,
            plans => Tx::read_once(&self.pool, Access::Public, self.limits, plans, &sql).await?,
        };
        ranked_public_jobs(rows)
    }
}

/// How a page's statement is planned: one generic plan for a plain keyset page (no text
/// query; at most the employer's status, which has its own index), PostgreSQL's choice
/// otherwise — a rare department or location is better served by another index than by
/// walking the keyset index until enough rows match, and only a custom plan sees the values.
fn plans_for(filters: &JobFilters) -> Plans {
    let plain = filters.q.is_none()
        && filters.employer_id.is_none()
        && filters.department.is_none()
        && filters.language.is_none()
        && filters.location.is_none()
        && filters.updated_after.is_none()
        && filters.employment_type.is_none();
    if plain { Plans::Generic } else { Plans::Auto }
}

/// The employer's own list without a text query, as a typed query over the keyset index
/// `(employer_id, created_at DESC, id DESC)` (or its status twin), or by change over
/// `(employer_id, updated_at, id)`.
fn own_page_query<'a>(
    employer_id: Uuid,
    filters: &JobFilters,
    after: Option<&SearchPosition>,
    limit: i64,
) -> jobs::BoxedQuery<
    'a,
    diesel::pg::Pg,
    diesel::dsl::SqlTypeOf<diesel::dsl::AsSelect<JobRow, diesel::pg::Pg>>,
> {
    use diesel::prelude::*;
    let mut query = jobs::table
        .filter(jobs::employer_id.eq(employer_id))
        .select(JobRow::as_select())
        .limit(limit)
        .into_boxed();
    let after = after.and_then(|a| a.at().map(|at| (at, a.id)));
    // By change (`updated_after`): oldest change first over `(employer_id, updated_at, id)`.
    if let Some(since) = filters.updated_after {
        query = query
            .filter(jobs::updated_at.gt(since))
            .order((jobs::updated_at.asc(), jobs::id.asc()));
        if let Some((at, id)) = after {
            query = query.filter(
                jobs::updated_at
                    .gt(at)
                    .or(jobs::updated_at.eq(at).and(jobs::id.gt(id))),
            );
        }
    } else {
        query = query.order((jobs::created_at.desc(), jobs::id.desc()));
        if let Some((at, id)) = after {
            query = query.filter(
                jobs::created_at
                    .lt(at)
                    .or(jobs::created_at.eq(at).and(jobs::id.lt(id))),
            );
        }
    }
    if let Some(status) = filters.status {
        query = query.filter(jobs::status.eq(status));
    }
    if let Some(v) = &filters.department {
        query = query.filter(jobs::department_slug.eq(v.clone()));
    }
    if let Some(v) = &filters.location {
        query = query.filter(jobs::location_slug.eq(v.clone()));
    }
    if let Some(v) = filters.employment_type {
        query = query.filter(jobs::employment_type.eq(v.as_str()));
    }
    if let Some(v) = &filters.language {
        query = query.filter(jobs::language_slugs.contains(vec![v.clone()]));
    }
    query
}

fn ranked_jobs(rows: Vec<RankedJob>) -> Result<Hits<JobRecord>, DbError> {
    let mut items = Vec::with_capacity(rows.len());
    for hit in rows {
        let record = hit.job.into_record()?;
        let pos = position(hit.rank, hit.sort_time, record.id)?;
        items.push((record, pos));
    }
    Ok(Hits { items })
}

fn ranked_public_jobs(rows: Vec<RankedPublicJob>) -> Result<Hits<PublicJobRecord>, DbError> {
    let mut items = Vec::with_capacity(rows.len());
    for hit in rows {
        let pos = position(hit.rank, hit.sort_time, hit.job.id())?;
        items.push((hit.job.into_record()?, pos));
    }
    Ok(Hits { items })
}

impl PublicTx {
    /// Published jobs matching `filters`, after `after`, at most `limit`.
    pub async fn public_jobs_search(
        &mut self,
        filters: &JobFilters,
        after: Option<&SearchPosition>,
        limit: i64,
    ) -> Result<Hits<PublicJobRecord>, DbError> {
        let sql = page_sql(Audience::Public, filters, after, limit)?;
        let rows: Vec<RankedPublicJob> = sql.load(self.conn()?).await?;
        ranked_public_jobs(rows)
    }

    /// Counts of the jobs matching `filters` per department, language, location and
    /// employment type (the most common spelling of each value is its label).
    pub async fn public_jobs_facets(
        &mut self,
        filters: &JobFilters,
    ) -> Result<Vec<FacetRow>, DbError> {
        let mut sql = Sql::default();
        sql.push(
            "WITH hits AS MATERIALIZED (SELECT d.department_slug, d.department, \
             d.location_slug, d.location, d.language_slugs, d.languages, d.employment_type",
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
        Ok(sql.load(self.conn()?).await?)
    }
}

/// One facet's values, most frequent first, at most the contract's 1000 (ties and labels in
/// byte order, as the public index orders them).
fn facet_select(facet: &str, slug: &str, label: &str, from: &str) -> String {
    format!(
        "(SELECT '{facet}' AS facet, {slug} AS slug, \
         mode() WITHIN GROUP (ORDER BY {label} COLLATE \"C\") AS label, count(*) AS count \
         FROM {from} WHERE {slug} IS NOT NULL GROUP BY {slug} \
         ORDER BY count(*) DESC, {slug} COLLATE \"C\" LIMIT 1000)"
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
