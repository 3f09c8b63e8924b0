//! Conditional, cacheable public reads: a strong `ETag` over the representation,
//! `Cache-Control: public, max-age, stale-while-revalidate`, and `If-None-Match` → 304.
//!
//! Public answers are the same for everyone, so shared caches (CDNs, partner proxies) may keep
//! them; `max-age` bounds how long an employer's change can take to show.
//!
//! While the public index is current (see `crate::search`), what these operations answer is a
//! function of the request and the changes feed's position: the tag is then made from those
//! (a weak tag, `W/"…"`: equivalent answers, the same on every replica at that position) and
//! a matching `If-None-Match` is answered 304 before any database work. Otherwise the tag is
//! the strong hash of the answer's bytes.

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};

use crate::http::middleware::identity::Identified;
use crate::search::PublicIndex;

/// How long a public answer may be served from a cache, and served stale while revalidating.
pub const MAX_AGE_SECS: u32 = 60;
pub const STALE_WHILE_REVALIDATE_SECS: u32 = 300;

/// Operations whose 200 answers this layer makes cacheable (the job page does its own, see
/// `http::syndication`).
const CACHEABLE: [&str; 6] = [
    "searchPublicJobs",
    "suggestPublicJobs",
    "getPublicJobFeed",
    "listDepartments",
    "listLanguages",
    "listLocations",
];

/// Cacheable operations whose answers depend on more than the changes feed (an employer's
/// profile changes without a public change): always tagged by their bytes.
const TAGGED_BY_BYTES: [&str; 1] = ["getPublicEmployer"];

/// How long a public read right after a write of this replica waits for the public index to
/// read that write (it usually takes a millisecond or two).
const SETTLE_WITHIN: std::time::Duration = std::time::Duration::from_millis(100);

/// The largest answer tagged; a larger one fails (500) rather than streaming untagged. None of
/// ours is near it: a search page is at most 100 jobs, the feed 50.
const MAX_TAGGED_BYTES: usize = 8 << 20;

/// The strong tag of a representation: its variant and bytes, hashed with XXH3-128. A tag
/// needs to change with the bytes and be the same on every replica, not to resist forgery (the
/// server computes it from what it serves); SHA-256 over each page was 6 % of a public search's
/// server CPU (perf), XXH3 hashes it an order of magnitude faster.
pub fn etag(variant: &str, body: &[u8]) -> HeaderValue {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    hash.update(variant.as_bytes());
    hash.update(&[0]);
    hash.update(body);
    HeaderValue::from_str(&format!("\"{:032x}\"", hash.digest128()))
        .unwrap_or(HeaderValue::from_static("\"0\""))
}

/// The weak tag of an answer fixed by the request and the feed position (and `seed`: the
/// build, the contract, the cursor key and the public origin).
fn position_tag(req: &Request, seed: u64, position: i64) -> HeaderValue {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    hash.update(&seed.to_le_bytes());
    hash.update(req.uri().path().as_bytes());
    hash.update(&[0]);
    hash.update(req.uri().query().unwrap_or("").as_bytes());
    hash.update(&[0]);
    // Not `Accept`: these answers have one representation (no `Vary: Accept`), and a cache
    // revalidating for a client that sends another `Accept` must still match. A search answers
    // each job in the reader's language: `Accept-Language` is part of the request.
    for language in req.headers().get_all(header::ACCEPT_LANGUAGE) {
        hash.update(language.as_bytes());
        hash.update(&[0]);
    }
    hash.update(&position.to_le_bytes());
    HeaderValue::from_str(&format!("W/\"{:032x}\"", hash.digest128()))
        .unwrap_or(HeaderValue::from_static("W/\"0\""))
}

/// `If-None-Match` matches `tag` (weak comparison, RFC 9110 §13.1.2; `*` matches any).
pub fn not_modified(headers: &HeaderMap, tag: &HeaderValue) -> bool {
    let Ok(tag) = tag.to_str() else {
        return false;
    };
    let tag = tag.strip_prefix("W/").unwrap_or(tag);
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|value| {
            value.trim() == "*"
                || crate::domain::etag::parse_list(value)
                    .is_some_and(|tags| tags.iter().any(|t| t.quoted == tag))
        })
}

/// The caching headers of a public answer; `vary` names the request headers it depends on.
pub fn cache_headers(headers: &mut HeaderMap, tag: HeaderValue, vary: Option<&'static str>) {
    headers.insert(header::ETAG, tag);
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(const_format_cache_control()),
    );
    if let Some(vary) = vary {
        headers.insert(header::VARY, HeaderValue::from_static(vary));
    }
}

const fn const_format_cache_control() -> &'static str {
    // Kept in step with MAX_AGE_SECS and STALE_WHILE_REVALIDATE_SECS (a unit test checks).
    "public, max-age=60, stale-while-revalidate=300"
}

/// A 304 carrying the headers a 200 would have (RFC 9110 §15.4.5).
pub fn not_modified_response(tag: HeaderValue, vary: Option<&'static str>) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NOT_MODIFIED;
    cache_headers(response.headers_mut(), tag, vary);
    response
}

/// Gate step (see `gate`): tags and caches the 200 answers of [`CACHEABLE`] operations.
pub async fn conditional<F, Fut>(index: &PublicIndex, seed: u64, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let operation = matches!(*req.method(), Method::GET | Method::HEAD)
        .then(|| req.extensions().get::<Identified>().map(|i| i.operation.id))
        .flatten();
    let by_bytes = operation.is_some_and(|id| TAGGED_BY_BYTES.contains(&id));
    // Search answers each job in the reader's language (`Accept-Language`).
    let vary = operation
        .is_some_and(|id| id == "searchPublicJobs")
        .then_some("Accept-Language");
    if !operation.is_some_and(|id| CACHEABLE.contains(&id)) && !by_bytes {
        return next(req).await;
    }
    if !by_bytes && let Some(position) = index.settled_position(SETTLE_WITHIN).await {
        let tag = position_tag(&req, seed, position);
        if not_modified(req.headers(), &tag) {
            metrics::counter!("jobs_public_not_modified_total", "by" => "position").increment(1);
            return not_modified_response(tag, vary);
        }
        let mut response = next(req).await;
        if response.status() == StatusCode::OK {
            cache_headers(response.headers_mut(), tag, vary);
        }
        return response;
    }
    let conditions = req.headers().clone();
    let response = next(req).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_TAGGED_BYTES).await else {
        return crate::http::problem::status_response(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let variant = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let tag = etag(&variant, &bytes);
    if not_modified(&conditions, &tag) {
        return not_modified_response(tag, vary);
    }
    cache_headers(&mut parts.headers, tag, vary);
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_control_states_the_constants() {
        assert_eq!(
            const_format_cache_control(),
            format!(
                "public, max-age={MAX_AGE_SECS}, stale-while-revalidate={STALE_WHILE_REVALIDATE_SECS}"
            )
        );
    }

    #[test]
    fn position_tags_change_with_the_request_the_position_and_the_seed() {
        let req = |uri: &str| Request::builder().uri(uri).body(Body::empty()).unwrap();
        let tag = |uri: &str, seed, position| position_tag(&req(uri), seed, position);
        let base = tag("/v1/taxonomy/departments?limit=5", 1, 7);
        assert!(base.to_str().unwrap().starts_with("W/\""));
        assert_eq!(base, tag("/v1/taxonomy/departments?limit=5", 1, 7));
        for other in [
            tag("/v1/taxonomy/departments?limit=6", 1, 7),
            tag("/v1/taxonomy/languages?limit=5", 1, 7),
            tag("/v1/taxonomy/departments?limit=5", 2, 7),
            tag("/v1/taxonomy/departments?limit=5", 1, 8),
        ] {
            assert_ne!(base, other);
        }
    }

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists_and_star() {
        let tag = etag("application/json", b"{}");
        let t = tag.to_str().unwrap().to_string();
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::IF_NONE_MATCH, HeaderValue::from_str(v).unwrap());
            not_modified(&h, &tag)
        };
        assert!(with(&t));
        assert!(with(&format!("W/{t}")));
        assert!(with(&format!("\"other\", {t}")));
        assert!(with("*"));
        assert!(!with("\"other\""));
        assert!(!not_modified(&HeaderMap::new(), &tag));
        assert_ne!(etag("application/ld+json", b"{}"), tag);
    }
}
