//! Colon verbs (`POST /v1/jobs/{id}:publish`).
//!
//! axum's router (matchit 0.8) allows nothing after a parameter within a segment, so the
//! generated router registers each `X:verb` path as `X/:verb`. This layer runs before routing
//! and rewrites the public form into that internal one. A request that names the internal form
//! itself answers 404: it is not part of the API.

use axum::extract::Request;
use axum::response::Response;
use http::{StatusCode, Uri};

use crate::http::problem;

/// An edge step (see `edge`): `next` is the routing of the (rewritten) request.
pub async fn rewrite<F, Fut>(mut req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    match internal_path(req.uri().path()) {
        Rewrite::Keep => {}
        Rewrite::Refuse => return problem::status_response(StatusCode::NOT_FOUND),
        Rewrite::To(path) => match with_path(req.uri(), &path) {
            Some(uri) => {
                *req.uri_mut() = uri;
                req.extensions_mut().insert(Rewritten);
            }
            None => return problem::status_response(StatusCode::NOT_FOUND),
        },
    }
    next(req).await
}

/// Marks a request whose path was rewritten from a colon verb.
#[derive(Clone, Copy, Debug)]
pub struct Rewritten;

/// Inside the router: a rewritten request must land on a colon-verb route. `/v1/jobs:publish`
/// becomes `/v1/jobs/:publish`, which `/v1/jobs/{id}` would otherwise capture as an id.
pub fn lands_on_verb_route(req_extensions: &http::Extensions, matched: Option<&str>) -> bool {
    req_extensions.get::<Rewritten>().is_none() || matched.is_some_and(|m| m.contains("/:"))
}

#[derive(Debug, PartialEq, Eq)]
enum Rewrite {
    Keep,
    Refuse,
    To(String),
}

/// The generated crate owns the mapping (it registered the routes); this only decides.
fn internal_path(path: &str) -> Rewrite {
    if jobs_api::is_internal_form(path) {
        return Rewrite::Refuse;
    }
    let internal = jobs_api::internal_route_path(path);
    if internal == path {
        Rewrite::Keep
    } else {
        Rewrite::To(internal)
    }
}

fn with_path(uri: &Uri, path: &str) -> Option<Uri> {
    let path_and_query = match uri.query() {
        Some(q) => format!("{path}?{q}"),
        None => path.to_string(),
    };
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = Some(path_and_query.parse().ok()?);
    Uri::from_parts(parts).ok()
}

/// The public spelling of a registered route, for logs and metrics labels.
pub fn public_route(internal: &str) -> String {
    internal.replace("/:", ":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_colon_verbs_in_the_last_segment() {
        assert_eq!(
            internal_path("/v1/jobs/4a4c:publish"),
            Rewrite::To("/v1/jobs/4a4c/:publish".into())
        );
        assert_eq!(
            internal_path("/v1/uploads:presign"),
            Rewrite::To("/v1/uploads/:presign".into())
        );
        assert_eq!(
            internal_path("/v1/webhooks/subscriptions/a/deliveries/b:redeliver"),
            Rewrite::To("/v1/webhooks/subscriptions/a/deliveries/b/:redeliver".into())
        );
    }

    #[test]
    fn keeps_plain_paths_and_refuses_the_internal_form() {
        assert_eq!(internal_path("/v1/jobs/4a4c"), Rewrite::Keep);
        assert_eq!(internal_path("/v1/jobs/4a4c/"), Rewrite::Keep);
        assert_eq!(internal_path("/v1/jobs/4a4c/:publish"), Rewrite::Refuse);
        assert_eq!(internal_path("/v1/uploads/:presign"), Rewrite::Refuse);
    }

    #[test]
    fn keeps_the_query_string() {
        let uri: Uri = "/v1/uploads:presign?a=1".parse().unwrap();
        let out = with_path(&uri, "/v1/uploads/:presign").unwrap();
        assert_eq!(out.to_string(), "/v1/uploads/:presign?a=1");
    }

    #[test]
    fn public_route_undoes_the_rewrite() {
        assert_eq!(
            public_route("/v1/jobs/{id}/:publish"),
            "/v1/jobs/{id}:publish"
        );
    }
}
