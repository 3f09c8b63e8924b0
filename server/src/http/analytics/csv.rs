//! `Accept: text/csv` on the analytics reports: a gate step that asks the handler for JSON and
//! answers its table as RFC 4180 CSV (a header row, CRLF line ends, fields quoted when they
//! hold a comma, quote or line end). A report's table is its series, one row per period; the
//! sources' is their items. Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
//! `@` first: a campaign name comes from a link anyone can make) is prefixed with `'`.

use std::future::Future;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};
use serde_json::Value;

use crate::http::middleware::identity::Identified;

/// The operations with a CSV form, and their table: the rows' member and its columns.
const TABLES: [(&str, &str, &[&str]); 3] = [
    ("getJobAnalytics", "series", &SERIES),
    ("getAnalyticsFunnel", "series", &SERIES),
    ("getAnalyticsSources", "items", &SOURCES),
];

const SERIES: [&str; 9] = [
    "period_start",
    "views",
    "unique_visitors",
    "applications",
    "screening",
    "interview",
    "offer",
    "hired",
    "rejected",
];

const SOURCES: [&str; 8] = [
    "source",
    "utm_source",
    "applications",
    "screening",
    "interview",
    "offer",
    "hired",
    "hire_ratio",
];

/// The largest JSON answer converted (a report is at most 1,100 periods).
const MAX_JSON: usize = 16 << 20;

/// What `Accept` asks of an analytics report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    Json,
    Csv,
    Neither,
}

fn wanted(accept: Option<&str>) -> Wanted {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Wanted::Json;
    };
    let mut json = 0.0f32;
    let mut csv = 0.0f32;
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0)
            .clamp(0.0, 1.0);
        match media.as_str() {
            "application/json" | "application/*" => json = json.max(q),
            "text/csv" | "text/*" => csv = csv.max(q),
            "*/*" => {
                json = json.max(q);
                csv = csv.max(q * 0.5);
            }
            _ => {}
        }
    }
    if csv > json {
        Wanted::Csv
    } else if json > 0.0 {
        Wanted::Json
    } else {
        Wanted::Neither
    }
}

/// Gate step: CSV for the analytics reports when asked; other operations pass through.
pub async fn negotiate<F, Fut>(mut req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let table = req
        .extensions()
        .get::<Identified>()
        .and_then(|i| TABLES.iter().find(|(op, _, _)| *op == i.operation.id));
    let Some(&(_, rows, columns)) = table else {
        return next(req).await;
    };
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok());
    let mut response = match wanted(accept) {
        Wanted::Json => next(req).await,
        Wanted::Neither => crate::http::problem::response(&crate::http::problem::new(
            StatusCode::NOT_ACCEPTABLE,
            "about:blank",
            "Not Acceptable",
            "analytics reports are available as application/json and text/csv: send one of \
             them in Accept",
        )),
        Wanted::Csv => {
            req.headers_mut()
                .insert(header::ACCEPT, HeaderValue::from_static("application/json"));
            let answer = next(req).await;
            if answer.status() == StatusCode::OK {
                to_csv(answer, rows, columns).await
            } else {
                answer
            }
        }
    };
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Accept"));
    response
}

async fn to_csv(answer: Response, rows: &str, columns: &[&str]) -> Response {
    let (mut parts, body) = answer.into_parts();
    let failed = || crate::http::problem::status_response(StatusCode::INTERNAL_SERVER_ERROR);
    let Ok(bytes) = axum::body::to_bytes(body, MAX_JSON).await else {
        return failed();
    };
    let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
        return failed();
    };
    let text = table(&value, rows, columns);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8; header=present"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(text))
}

/// The rows of `value[rows]` as CSV, `columns` in order.
fn table(value: &Value, rows: &str, columns: &[&str]) -> String {
    let mut out = String::new();
    push_row(&mut out, columns.iter().map(|c| (*c).to_string()));
    for row in value
        .get(rows)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        push_row(
            &mut out,
            columns.iter().map(|c| match row.get(*c) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            }),
        );
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field_text(&field));
    }
    out.push_str("\r\n");
}

/// One field: defused when a spreadsheet would run it, quoted when it must be.
fn field_text(field: &str) -> String {
    let defused = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if defused.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_picks_csv_only_when_preferred() {
        assert_eq!(wanted(None), Wanted::Json);
        assert_eq!(wanted(Some("text/csv")), Wanted::Csv);
        assert_eq!(wanted(Some("*/*")), Wanted::Json);
        assert_eq!(
            wanted(Some("text/csv, application/json;q=0.5")),
            Wanted::Csv
        );
        assert_eq!(
            wanted(Some("application/json, text/csv;q=0.9")),
            Wanted::Json
        );
        assert_eq!(wanted(Some("image/png")), Wanted::Neither);
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let v = serde_json::json!({"items": [
            {"source": "widget", "utm_source": "a,\"b\"", "applications": 2, "hire_ratio": 0.5},
            {"source": "careers_page", "utm_source": "=HYPERLINK(\"x\")", "applications": 1, "hire_ratio": null},
        ]});
        let csv = table(
            &v,
            "items",
            &["source", "utm_source", "applications", "hire_ratio"],
        );
        assert_eq!(
            csv,
            "source,utm_source,applications,hire_ratio\r\n\
             widget,\"a,\"\"b\"\"\",2,0.5\r\n\
             careers_page,\"'=HYPERLINK(\"\"x\"\")\",1,\r\n"
        );
    }
}
