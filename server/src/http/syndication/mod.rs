//! Syndication formats of public jobs: the job page negotiated between JSON and schema.org
//! JSON-LD (RFC 9110 proactive negotiation, `Vary: Accept`, 406), and the RSS feed.

pub mod json_ld;
pub mod rss;

use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use uuid::Uuid;

use super::ApiError;
use super::languages::Reader;
use super::middleware::client_ip::ClientIp;
use super::middleware::identity::Identified;
use super::middleware::public_cache::{cache_headers, etag, not_modified, not_modified_response};
use crate::db::Database;
use crate::usecases::search;

/// What the job page needs: the database and the public origin for links.
#[derive(Clone)]
pub struct JobPage {
    pub db: Database,
    pub public_url: Arc<str>,
    /// Counts a view of every job page answered in full to a GET; `None`: counting is off.
    pub views: Option<Arc<crate::analytics::ViewCounter>>,
}

/// The representations of a public job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Representation {
    Json,
    JsonLd,
}

impl Representation {
    fn media_type(self) -> &'static str {
        match self {
            Representation::Json => "application/json",
            Representation::JsonLd => "application/ld+json",
        }
    }
}

/// The representation `Accept` prefers (highest q; the more specific range decides a type's q;
/// JSON on ties), or `None` when it accepts neither.
pub fn negotiate(headers: &HeaderMap) -> Option<Representation> {
    let ranges: Vec<(String, f32)> = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|range| {
            let mut parts = range.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            if media.is_empty() {
                return None;
            }
            let q = parts
                .map(|p| p.trim().to_ascii_lowercase())
                .filter_map(|p| p.strip_prefix("q=").map(str::to_string))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0)
                .clamp(0.0, 1.0);
            Some((media, q))
        })
        .collect();
    if ranges.is_empty() {
        return Some(Representation::Json);
    }
    let quality = |media: &str| {
        let (ty, _) = media.split_once('/').unwrap_or((media, ""));
        let mut best: Option<(u8, f32)> = None;
        for (range, q) in &ranges {
            let specificity = if range == media {
                3
            } else if range.strip_suffix("/*") == Some(ty) {
                2
            } else if range == "*/*" {
                1
            } else {
                continue;
            };
            if best.is_none_or(|(s, _)| specificity > s) {
                best = Some((specificity, *q));
            }
        }
        best.map_or(0.0, |(_, q)| q)
    };
    let json = quality("application/json");
    let ld = quality("application/ld+json");
    if json <= 0.0 && ld <= 0.0 {
        None
    } else if ld > json {
        Some(Representation::JsonLd)
    } else {
        Some(Representation::Json)
    }
}

/// Gate step (see `gate`) for `getPublicJob`: negotiates, answers 304 for a current tag before
/// rendering, and renders JSON or JSON-LD. Other operations pass through.
pub async fn job_page<F, Fut>(page: &JobPage, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let is_job_page = matches!(*req.method(), Method::GET | Method::HEAD)
        && req
            .extensions()
            .get::<Identified>()
            .is_some_and(|i| i.operation.id == "getPublicJob");
    let id = is_job_page
        .then(|| req.uri().path().rsplit('/').next())
        .flatten()
        .and_then(|s| Uuid::parse_str(s).ok());
    let Some(id) = id else {
        // Not the job page, or an id the generated layer answers 400 for.
        return next(req).await;
    };
    let Some(representation) = negotiate(req.headers()) else {
        let mut response = crate::http::problem::response(&crate::http::problem::new(
            StatusCode::NOT_ACCEPTABLE,
            "about:blank",
            "Not Acceptable",
            "this resource is available as application/json and application/ld+json",
        ));
        response
            .headers_mut()
            .insert(header::VARY, HeaderValue::from_static("Accept"));
        return response;
    };
    let reader = match Reader::of_request(req.uri().query(), req.headers()) {
        Ok(reader) => reader,
        Err(e) => return e.into_response(),
    };
    let mut job = match search::public_job(&page.db, id).await {
        Ok(job) => job,
        Err(failure) => return ApiError::from(failure).into_response(),
    };
    let model = match super::public::public_job_model(job.clone(), &page.public_url, &reader) {
        Ok(model) => model,
        Err(e) => return e.into_response(),
    };
    let job_url = format!(
        "{}/v1/public/jobs/{id}",
        page.public_url.trim_end_matches('/')
    );
    let links = super::languages::alternates(&job_url, &model.available_locales, &model.locale);
    let content_language = model.locale.clone();
    // The JSON-LD is rendered from the job in the language answered.
    reader.localize(&mut job.fields);
    // The tag covers the job's public content (its JSON), and for JSON-LD what else goes into
    // it (the employer's site, the public origin, the mapping's version), so a current tag is
    // answered without rendering the JSON-LD.
    let json = match serde_json::to_vec(&model) {
        Ok(json) => json,
        Err(_) => {
            return crate::http::problem::status_response(StatusCode::INTERNAL_SERVER_ERROR);
        }
    };
    let tag = match representation {
        Representation::Json => etag(representation.media_type(), &json),
        Representation::JsonLd => {
            let mut input = json.clone();
            for extra in [
                job.employer.website.as_deref().unwrap_or(""),
                &page.public_url,
                json_ld::VERSION,
            ] {
                input.push(0);
                input.extend_from_slice(extra.as_bytes());
            }
            etag(representation.media_type(), &input)
        }
    };
    if not_modified(req.headers(), &tag) {
        let mut response = not_modified_response(tag, Some(VARY));
        language_headers(response.headers_mut(), &content_language, links.as_deref());
        return response;
    }
    // A view: the job answered in full to a GET (not HEAD, not a 304 revalidation).
    if let Some(views) = &page.views
        && req.method() == Method::GET
    {
        views.record(
            job.employer.id,
            id,
            req.extensions().get::<ClientIp>().map(|c| c.0),
            req.headers()
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok()),
        );
    }
    let body = match representation {
        Representation::Json => json,
        Representation::JsonLd => {
            json_ld::to_embeddable(&json_ld::job_posting(&job, &page.public_url)).into_bytes()
        }
    };
    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(representation.media_type()),
    );
    cache_headers(headers, tag, Some(VARY));
    language_headers(headers, &content_language, links.as_deref());
    response
}

/// What a job page's answer depends on besides its URL.
const VARY: &str = "Accept, Accept-Language";

/// `Content-Language` and the `Link` alternates of a job page.
fn language_headers(headers: &mut HeaderMap, content_language: &str, links: Option<&str>) {
    if let Ok(value) = HeaderValue::from_str(content_language) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    if let Some(value) = links.and_then(|l| HeaderValue::from_str(l).ok()) {
        headers.insert(header::LINK, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(v: &str) -> Option<Representation> {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_str(v).unwrap());
        negotiate(&h)
    }

    #[test]
    fn accept_picks_the_representation() {
        assert_eq!(negotiate(&HeaderMap::new()), Some(Representation::Json));
        assert_eq!(accept("*/*"), Some(Representation::Json));
        assert_eq!(accept("application/json"), Some(Representation::Json));
        assert_eq!(accept("application/ld+json"), Some(Representation::JsonLd));
        assert_eq!(
            accept("application/json;q=0.5, application/ld+json"),
            Some(Representation::JsonLd)
        );
        assert_eq!(
            accept("text/html, application/*;q=0.8"),
            Some(Representation::Json)
        );
        assert_eq!(accept("text/html"), None);
        assert_eq!(
            accept("application/json;Q=0.1, application/ld+json;Q=0.9"),
            Some(Representation::JsonLd)
        );
        assert_eq!(
            accept("application/json;q=0, application/ld+json;q=0"),
            None
        );
        assert_eq!(
            accept("*/*;q=0.1, application/ld+json;q=0"),
            Some(Representation::Json)
        );
    }
}
