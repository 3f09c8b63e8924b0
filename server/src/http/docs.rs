//! The API reference at `/docs`: Redoc (vendored, compiled into the binary: no CDN, works
//! offline) rendering the server's own `/v1/openapi.json`, with links to the guides (`docs/`,
//! compiled in too, served as text at `/docs/guides/<name>.md`). Outside the contract, like
//! the contract documents themselves are the API's description rather than part of it.

use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

const REDOC: &[u8] = include_bytes!("../../assets/redoc/redoc.standalone.js");

/// Only this origin: Redoc's styles are inline and its search runs in a blob worker.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// The guides: file name, title, text (the repository's `docs/`).
pub const GUIDES: &[(&str, &str, &str)] = &[
    (
        "identity-and-tenancy.md",
        "Identity and tenancy",
        include_str!("../../../docs/identity-and-tenancy.md"),
    ),
    (
        "database.md",
        "The database boundary",
        include_str!("../../../docs/database.md"),
    ),
    (
        "operations.md",
        "Operations and configuration",
        include_str!("../../../docs/operations.md"),
    ),
    (
        "errors.md",
        "Errors",
        include_str!("../../../docs/errors.md"),
    ),
    (
        "webhooks.md",
        "Webhooks and the event feed",
        include_str!("../../../docs/webhooks.md"),
    ),
    (
        "hiring.md",
        "Applicants, applications and shortlists",
        include_str!("../../../docs/hiring.md"),
    ),
    (
        "collaboration.md",
        "The hiring team",
        include_str!("../../../docs/collaboration.md"),
    ),
    (
        "notifications.md",
        "Notifications by e-mail",
        include_str!("../../../docs/notifications.md"),
    ),
    (
        "analytics.md",
        "Hiring analytics",
        include_str!("../../../docs/analytics.md"),
    ),
    (
        "languages.md",
        "Jobs in more than one language",
        include_str!("../../../docs/languages.md"),
    ),
    (
        "matching.md",
        "Applicant matching",
        include_str!("../../../docs/matching.md"),
    ),
    (
        "uploads.md",
        "Uploads",
        include_str!("../../../docs/uploads.md"),
    ),
    (
        "search.md",
        "Search and taxonomy",
        include_str!("../../../docs/search.md"),
    ),
    (
        "syndication.md",
        "Syndication",
        include_str!("../../../docs/syndication.md"),
    ),
    (
        "careers.md",
        "Careers pages",
        include_str!("../../../docs/careers.md"),
    ),
    (
        "sdks.md",
        "SDKs and the reference",
        include_str!("../../../docs/sdks.md"),
    ),
    (
        "benchmarks.md",
        "Benchmarks and the load test",
        include_str!("../../../docs/benchmarks.md"),
    ),
    (
        "development.md",
        "Developing the API",
        include_str!("../../../docs/development.md"),
    ),
];

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Job Listing API — reference</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; padding: 0; } nav { font: 14px/1.6 sans-serif; padding: 8px 16px; border-bottom: 1px solid #ddd; } nav a { margin-right: 12px; }</style>
</head>
<body>
<nav aria-label="Guides">Guides: {{GUIDES}}</nav>
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
        .route("/docs/guides/{name}", get(guide))
}

async fn page() -> Response {
    let links: Vec<String> = GUIDES
        .iter()
        .map(|(file, title, _)| format!(r#"<a href="/docs/guides/{file}">{title}</a>"#))
        .collect();
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        PAGE.replace("{{GUIDES}}", &links.join(" ")),
    )
        .into_response()
}

/// A guide as Markdown source (plain text, so a browser shows it rather than saving it).
async fn guide(Path(name): Path<String>) -> Response {
    match GUIDES.iter().find(|(file, _, _)| *file == name) {
        Some((_, _, text)) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=300"),
            ],
            *text,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
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
