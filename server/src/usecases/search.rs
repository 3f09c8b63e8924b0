//! Job search: the employer's own list and public search share filters, order and paging
//! (`domain::search`, `db::search`); public search adds facet counts, and public reads run in
//! the public read context.

use std::collections::HashMap;
use std::time::Duration;

use uuid::Uuid;

use super::{Ctx, Failure, Page, page_limit};
use crate::db::{Database, FacetRow, Hits, JobRecord, PublicJobRecord};
use crate::domain::FieldError;
use crate::domain::cursor::CursorCodec;
use crate::domain::search::{JobFilters, SearchPosition};
use crate::domain::taxonomy;
use crate::search::PublicIndex;
use crate::search::query::{self, ParsedQuery};
use crate::search::suggest::Suggestion;
use crate::search::text::{Highlights, HitKey, ViewId};

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
    /// Each hit's highlights, when the page came from the search index (a search with `q`).
    pub highlights: HashMap<Uuid, Highlights>,
}

/// How long a search with `q` waits for the index to read a write this process just
/// answered before it reads SQL instead.
const READ_YOUR_WRITE: Duration = Duration::from_millis(250);

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
            detail: "`updated_after` lists by change, oldest first, and `q` by relevance: use \
                     one of them (filter the changed jobs by status, department, language, \
                     location or employment type instead of `q`).",
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
/// text query's counts, and any while it is not, from SQL). `preferred` (the reader's
/// languages) decides, among a hit's texts that match equally, which one is highlighted.
#[allow(clippy::too_many_arguments)]
pub async fn public_jobs(
    db: &Database,
    index: &PublicIndex,
    cursors: &CursorCodec,
    filters: JobFilters,
    with_facets: bool,
    cursor: Option<&str>,
    limit: Option<u32>,
    preferred: &[String],
) -> Result<PublicSearch, Failure> {
    let filters = JobFilters {
        status: None,
        updated_after: None,
        ..normalized(filters)
    };
    let scope = filters.cursor_scope("public-jobs");
    let after = decode(cursors, &scope, &filters, cursor)?;
    let limit = page_limit(limit);
    if let Some(q) = filters.q.as_deref() {
        let parsed = parse_query(q)?;
        let found = from_index(
            db,
            index,
            cursors,
            &scope,
            &parsed,
            &filters,
            after.as_ref(),
            limit,
            with_facets,
            preferred,
        )
        .await?;
        if let Some(found) = found {
            return Ok(found);
        }
    }
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
            highlights: HashMap::new(),
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
        highlights: HashMap::new(),
    })
}

/// A public query as the search index reads it; too many words is 422 on `q`.
fn parse_query(q: &str) -> Result<ParsedQuery, Failure> {
    query::parse(q).map_err(|_| {
        Failure::Invalid(vec![FieldError {
            pointer: "#/query/q",
            detail: TOO_MANY_TERMS,
        }])
    })
}

/// Says [`MAX_TERMS`] (a test keeps them equal).
const TOO_MANY_TERMS: &str =
    "has more than 16 words (words, phrases and exclusions together): search with fewer";

/// A search with `q` from the search index, when it is current (having read, within
/// [`READ_YOUR_WRITE`], what this process wrote), or holds the view the cursor was made
/// from; `None`: read SQL (a cursor SQL made continues there).
#[allow(clippy::too_many_arguments)]
async fn from_index(
    db: &Database,
    index: &PublicIndex,
    cursors: &CursorCodec,
    scope: &str,
    parsed: &ParsedQuery,
    filters: &JobFilters,
    after: Option<&SearchPosition>,
    limit: i64,
    with_facets: bool,
    preferred: &[String],
) -> Result<Option<PublicSearch>, Failure> {
    let text = match after {
        Some(a) if a.view.is_some() => index.loaded_text(),
        Some(_) => None,
        None => match index.settled_position(READ_YOUR_WRITE).await {
            Some(_) => index.loaded_text(),
            None => None,
        },
    };
    let Some(text) = text else {
        return Ok(None);
    };
    let after_key = after.map(|a| {
        (
            a.view.map(|[instance, generation]| ViewId {
                instance,
                generation,
            }),
            HitKey {
                score: a.rank.unwrap_or(0.0),
                published_micros: a.at_micros,
                id: a.id,
            },
        )
    });
    let size = usize::try_from(limit).unwrap_or(0);
    let found = text
        .search(parsed, filters, after_key, size + 1, with_facets, preferred)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    let more = found.hits.len() > size;
    let hits: Vec<(HitKey, Highlights)> = found.hits.into_iter().take(size).collect();
    let next_cursor = match (more, hits.last()) {
        (true, Some((key, _))) => Some(cursors.encode(
            scope,
            &SearchPosition {
                rank: Some(key.score),
                at_micros: key.published_micros,
                id: key.id,
                view: Some([found.view.instance, found.view.generation]),
            },
        )),
        _ => None,
    };
    let ids: Vec<Uuid> = hits.iter().map(|(key, _)| key.id).collect();
    let items = db.public_jobs_by_ids(&ids).await?;
    let facets = found.facets.map(facets);
    Ok(Some(PublicSearch {
        page: Page { items, next_cursor },
        facets,
        highlights: hits.into_iter().map(|(key, h)| (key.id, h)).collect(),
    }))
}

/// Completions for a search box, from the search index (503 while it has not loaded).
pub async fn suggest(
    index: &PublicIndex,
    q: &str,
    limit: Option<u32>,
) -> Result<Vec<Suggestion>, Failure> {
    let parsed = parse_query(q)?;
    // A completion may come from just before a write this replica answered: a search box
    // does not need to read its own writes, so there is no wait here.
    let text = index.loaded_text().ok_or(Failure::Unavailable)?;
    let limit =
        usize::try_from(limit.unwrap_or(SUGGESTIONS).clamp(1, MAX_SUGGESTIONS)).unwrap_or(1);
    text.suggest(&parsed, limit)
        .map_err(|e| Failure::Internal(e.to_string()))
}

/// Completions by default, and at most (the contract's bounds).
const SUGGESTIONS: u32 = 8;
const MAX_SUGGESTIONS: u32 = 20;

/// A published job; drafts, closed and unknown jobs are `NotFound`.
pub async fn public_job(db: &Database, id: Uuid) -> Result<PublicJobRecord, Failure> {
    Ok(db.public_job(id).await?)
}

/// Control characters mean nothing to a search (and PostgreSQL refuses NUL in text), and a
/// blank query searches for nothing in particular: it is no query. A space after the last
/// word is kept (as one): it says the word is finished, not a prefix still being typed.
fn normalized(mut filters: JobFilters) -> JobFilters {
    filters.q = filters
        .q
        .map(|q| {
            let q: String = q
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let words = q.trim();
            match q.ends_with(' ') && !words.is_empty() {
                true => format!("{words} "),
                false => words.to_string(),
            }
        })
        .filter(|q| !q.trim().is_empty());
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_word_bound_is_the_one_the_problem_states() {
        let bound = format!("more than {} words", crate::search::query::MAX_TERMS);
        assert!(super::TOO_MANY_TERMS.contains(&bound));
    }
}
