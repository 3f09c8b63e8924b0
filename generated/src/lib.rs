#![allow(
    missing_docs,
    trivial_casts,
    unused_variables,
    unused_mut,
    unused_extern_crates,
    non_camel_case_types,
    unused_imports,
    unused_attributes
)]
#![allow(
    clippy::derive_partial_eq_without_eq,
    clippy::disallowed_names,
    clippy::too_many_arguments
)]
// Generated code: the workspace's lint settings are not applied to it.
#![allow(
    warnings,
    clippy::all,
    clippy::pedantic,
    clippy::nursery,
    clippy::cargo
)]

extern crate futures_util;

pub const BASE_PATH: &str = "";
pub const API_VERSION: &str = "1.0.0";

#[cfg(feature = "server")]
pub mod server;

pub mod apis;
pub mod models;
pub mod types;

#[cfg(feature = "server")]
pub(crate) mod header;

/// Problem details (RFC 9457) and the request extractors of the generated handlers.
#[cfg(feature = "server")]
pub mod problem;

/// A JSON response body, written into a buffer that fits a page of results at once: grown from
/// serde_json's 128 bytes, a 20-item page is copied seven times on its way out.
#[cfg(feature = "server")]
pub fn json_body<T: serde::Serialize + ?Sized>(body: &T) -> serde_json::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(16 * 1024);
    serde_json::to_writer(&mut buf, body)?;
    Ok(buf)
}

/// Path under which the router registers an OpenAPI path.
///
/// matchit 0.8 (axum 0.8) cannot route a last segment such as `{id}:publish` or
/// `uploads:presign`, so a path whose LAST segment contains `:` is registered with `/`
/// inserted before that colon: `/v1/jobs/{id}:publish` → `/v1/jobs/{id}/:publish`,
/// `/v1/uploads:presign` → `/v1/uploads/:presign`. Other paths are unchanged.
///
/// The same mapping applies to concrete request paths (`/v1/jobs/42:publish` →
/// `/v1/jobs/42/:publish`): a server layer outside the router should apply it to incoming
/// requests and refuse requests already in the internal form (see [`is_internal_form`]).
pub fn internal_route_path(spec_path: &str) -> String {
    let start = spec_path.rfind('/').map_or(0, |i| i + 1);
    let last = &spec_path[start..];
    // Only look for the colon after the last path parameter of the segment.
    let search_from = last.rfind('}').map_or(0, |i| i + 1);
    match last[search_from..].find(':') {
        // A segment that already starts with `:` is left alone.
        Some(i) if search_from + i > 0 => {
            let at = start + search_from + i;
            format!("{}/{}", &spec_path[..at], &spec_path[at..])
        }
        _ => spec_path.to_string(),
    }
}

/// `true` if a request path is already in the internal form of a colon route (a segment that
/// starts with `:`); such requests should be refused (404) by the server.
pub fn is_internal_form(request_path: &str) -> bool {
    request_path
        .split('/')
        .any(|segment| segment.starts_with(':'))
}
