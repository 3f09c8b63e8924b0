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
///
/// Written by sonic-rs, whose SIMD string escaping is several times serde_json's byte-by-byte
/// scan (escaping the jobs' descriptions was a sixth of serializing a page); the text is the
/// same JSON for the same serde types.
pub fn json_body<T: serde::Serialize + ?Sized>(body: &T) -> sonic_rs::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(16 * 1024);
    sonic_rs::to_writer(&mut buf, body)?;
    Ok(buf)
}

/// `date-time` members as chrono's serde writes them (RFC 3339, `Z`, fractions of 0, 3, 6 or 9
/// digits), formatted into a stack buffer. chrono goes through `fmt` a fragment at a time and
/// serde_json escapes each fragment: that was a quarter of serializing a job. Years outside
/// 0..=9999 are left to chrono. Used as `serialize_with` on every `date-time` member.
pub mod rfc3339 {
    use chrono::{DateTime, Datelike, Timelike, Utc};
    use serde::{Serialize, Serializer};

    use crate::types::Nullable;

    /// A member type holding a timestamp: the timestamp itself, `Option` and `Nullable` of it.
    pub trait Member {
        fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
    }

    pub fn serialize<T: Member, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.write(serializer)
    }

    struct Via<'a, T>(&'a T);

    impl<T: Member> Serialize for Via<'_, T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            self.0.write(serializer)
        }
    }

    impl Member for DateTime<Utc> {
        fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut buf = [0u8; 30];
            match format(self, &mut buf) {
                Some(text) => serializer.serialize_str(text),
                None => serializer
                    .serialize_str(&self.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)),
            }
        }
    }

    impl<T: Member> Member for Option<T> {
        fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Some(value) => serializer.serialize_some(&Via(value)),
                None => serializer.serialize_none(),
            }
        }
    }

    impl<T: Member> Member for Nullable<T> {
        fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Nullable::Present(value) => serializer.serialize_some(&Via(value)),
                Nullable::Null => serializer.serialize_none(),
            }
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ`, always with microseconds (PostgreSQL's precision), or
    /// `None` for chrono to write (years outside 0..=9999). One precision for every timestamp:
    /// a time read from the database and one taken from the server's clock look alike.
    pub fn format<'b>(t: &DateTime<Utc>, buf: &'b mut [u8; 30]) -> Option<&'b str> {
        let year = t.year();
        if !(0..=9999).contains(&year) {
            return None;
        }
        let (mut second, mut nano) = (t.second(), t.nanosecond());
        if nano >= 1_000_000_000 {
            // A leap second, as chrono writes it.
            second += 1;
            nano -= 1_000_000_000;
        }
        /// Writes `value` as `width` digits at `at`; returns the position after them.
        fn digits(buf: &mut [u8; 30], at: usize, value: u32, width: usize) -> usize {
            let mut rest = value;
            for slot in buf[at..at + width].iter_mut().rev() {
                *slot = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
            at + width
        }
        let mut len = digits(buf, 0, year as u32, 4);
        for (separator, value) in [
            (b'-', t.month()),
            (b'-', t.day()),
            (b'T', t.hour()),
            (b':', t.minute()),
            (b':', second),
        ] {
            buf[len] = separator;
            len = digits(buf, len + 1, value, 2);
        }
        buf[len] = b'.';
        len = digits(buf, len + 1, nano / 1_000, 6);
        buf[len] = b'Z';
        len += 1;
        std::str::from_utf8(&buf[..len]).ok()
    }
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
