//! Job search: the employer's own list and public search share filters, order and paging
//! (`domain::search`, `db::search`); public search adds facet counts, and public reads run in
//! the public read context.

use uuid::Uuid;

use super::{Ctx, Failure, Page, page_limit};
use crate::db::{Database, FacetRow, Hits, JobRecord, PublicJobRecord};
use crate::domain::cursor::CursorCodec;
use crate::domain::search::{JobFilters, SearchPosition};
use crate::domain::taxonomy;
use crate::search::PublicIndex;

/// Counts per value of each facet, for the current filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub departments: Vec<FacetValue>,
    pub languages: Vec<FacetValue>,
    pub locations: Vec<FacetValue>,
    pub employment_types: Vec<FacetValue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub slug: String,
    pub label: String,
    pub count: i64,
}

pub struct PublicSearch {
    pub page: Page<PublicJobRecord>,
    pub facets: Option<Facets>,
}

/// The employer's jobs, every status, filtered and searched.
pub async fn employer_jobs(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    filters: JobFilters,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<JobRecord>, Failure> {
    let filters = JobFilters {
        employer_id: None,
        ..normalized(filters)
    };
    if filters.has_query() && filters.updated_after.is_some() {
        return Err(Failure::BadParameter {
            pointer: "#/query/updated_after",
            detail: "`updated_after` lists by change, oldest first, and `q` by relevance: use                      one of them (filter the changed jobs by status, department, language,                      location or employment type instead of `q`).",
        });
    }
    let scope = filters.cursor_scope(&format!("jobs|{}", ctx.scope.employer_id()));
    let after = decode(cursors, &scope, &filters, cursor)?;
    let limit = page_limit(limit);
    let hits = db
        .employer_jobs_page(&ctx.scope, &filters, after.as_ref(), limit + 1)
        .await?;
    Ok(paginate(cursors, &scope, hits, limit))
}

/// Published jobs of every employer (or one, with `employer_id`), optionally with facets:
/// the page is one statement; the counts come from the public index when it is current (a
/// text query's counts, and any while it is not, from SQL).
pub async fn public_jobs(
    db: &Database,
    index: &PublicIndex,
    cursors: &CursorCodec,
    filters: JobFilters,
    with_facets: bool,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<PublicSearch, Failure> {
    let filters = JobFilters {
        status: None,
        updated_after: None,
        ..normalized(filters)
    };
    let scope = filters.cursor_scope("public-jobs");
    let after = decode(cursors, &scope, &filters, cursor)?;
    let limit = page_limit(limit);
    let counted = match with_facets {
        true => index.facets(&filters),
        false => None,
    };
    if !with_facets || counted.is_some() {
        let hits = db
            .public_jobs_page(&filters, after.as_ref(), limit + 1)
            .await?;
        return Ok(PublicSearch {
            page: paginate(cursors, &scope, hits, limit),
            facets: counted.map(facets),
        });
    }
    // A page and its counts from one snapshot (the public transaction is repeatable read).
    let mut tx = db.begin_public().await?;
    let hits = tx
        .public_jobs_search(&filters, after.as_ref(), limit + 1)
        .await?;
    let facets = Some(facets(tx.public_jobs_facets(&filters).await?));
    tx.finish().await?;
    Ok(PublicSearch {
        page: paginate(cursors, &scope, hits, limit),
        facets,
    })
}

/// A published job; drafts, closed and unknown jobs are `NotFound`.
pub async fn public_job(db: &Database, id: Uuid) -> Result<PublicJobRecord, Failure> {
    Ok(db.public_job(id).await?)
}

/// Control characters mean nothing to a search (and PostgreSQL refuses NUL in text), and a
/// blank query searches for nothing in particular: it is no query.
fn normalized(mut filters: JobFilters) -> JobFilters {
    filters.q = filters
        .q
        .map(|q| {
            q.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_string()
        })
        .filter(|q| !q.is_empty());
    filters
}

fn decode(
    cursors: &CursorCodec,
    scope: &str,
    filters: &JobFilters,
    cursor: Option<&str>,
) -> Result<Option<SearchPosition>, Failure> {
    let Some(position): Option<SearchPosition> = super::decode_cursor(cursors, scope, cursor)?
    else {
        return Ok(None);
    };
    if !position.fits(filters) {
        return Err(Failure::BadCursor);
    }
    Ok(Some(position))
}

/// `hits` holds up to `limit + 1` rows: the extra one says there is a next page.
fn paginate<T>(cursors: &CursorCodec, scope: &str, hits: Hits<T>, limit: i64) -> Page<T> {
    let page = Page::from_overfetch(hits.items, limit, |(_, position)| {
        cursors.encode(scope, position)
    });
    Page {
        items: page.items.into_iter().map(|(item, _)| item).collect(),
        next_cursor: page.next_cursor,
    }
}

fn facets(rows: Vec<FacetRow>) -> Facets {
    let mut facets = Facets::default();
    for row in rows {
        let mut value = FacetValue {
            slug: row.slug,
            label: row.label,
            count: row.count,
        };
        let list = match row.facet.as_str() {
            "department" => &mut facets.departments,
            "language" => &mut facets.languages,
            "location" => &mut facets.locations,
            _ => {
                value.label = taxonomy::employment_type_label(&value.slug).to_string();
                &mut facets.employment_types
            }
        };
        list.push(value);
    }
    facets
}
