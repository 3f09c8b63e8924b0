//! The API reference at `/docs`: Redoc (vendored, compiled into the binary: no CDN, works
//! offline) rendering the server's own `/v1/openapi.json`. Outside the contract, like the
//! contract documents themselves are the API's description rather than part of it.

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

const REDOC: &[u8] = include_bytes!("../../assets/redoc/redoc.standalone.js");

/// Only this origin: Redoc's styles are inline and its search runs in a blob worker.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Job Listing API — reference</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<redoc spec-url="/v1/openapi.json" hide-download-button="false" path-in-middle-panel="true"></redoc>
<script src="/docs/redoc.standalone.js"></script>
</body>
</html>
"#;

/// The routes `/docs` and its script.
pub fn routes() -> Router {
    Router::new()
        .route("/docs", get(page))
        .route("/docs/redoc.standalone.js", get(script))
}

async fn page() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        PAGE,
    )
        .into_response()
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        REDOC,
    )
        .into_response()
}
