//! The least an HTTP service can spend on the employer's list, for `scripts/bench`: axum and
//! tokio-postgres with nothing else (no token, no rate limit, no middleware, rows not decoded
//! into types). `scripts/bench` drives it beside the API, so the API's ratio to pgbench can be
//! read against what any server on this stack reaches on the same cores in the same run.
//!
//!   bench_floor <port> <database-url> <employer-id> <connections> statement|transaction \
//!       exclusive|shared
//!
//! - `statement`: the list's minimal SQL (the pgbench row's), one prepared statement in its own
//!   implicit transaction: one Sync, one answer from PostgreSQL.
//! - `transaction`: what the API sends for one list, as the serving login: `BEGIN`, the
//!   transaction-local role and tenant settings, the page under row-level security, `COMMIT`,
//!   pipelined as tokio-postgres sends them (a Sync after each, so PostgreSQL answers four times).
//!
//! - `exclusive`: a connection serves one request at a time (as a pool hands them out);
//!   `shared`: requests pipeline on the connections, each request's statements sent together
//!   under the connection's send lock, so another request's cannot land inside its transaction.
//!
//! Each row is written as a JSON object: text columns as strings, every other column as the hex
//! of its binary value (about the API's body size, without its types).

#![forbid(unsafe_code)]

use std::error::Error;
use std::future::Future as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio_postgres::types::{FromSql, Type};
use tokio_postgres::{Client, NoTls, Row, Statement};

const COLUMNS: &str = "j.id, j.employer_id, j.title, j.description, j.description_format, \
    j.department, j.languages, j.location, j.workplace_type, j.employment_type, j.salary_min, \
    j.salary_max, j.salary_currency, j.salary_period, j.vacancies, j.reference_number, \
    j.closing_date, j.status, j.version, j.created_at, j.updated_at, j.published_at, j.closed_at";

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A column's value as PostgreSQL sent it (binary format), whatever its type.
struct Raw<'a>(Option<&'a [u8]>);

impl<'a> FromSql<'a> for Raw<'a> {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn Error + Sync + Send>> {
        Ok(Raw(Some(raw)))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn Error + Sync + Send>> {
        Ok(Raw(None))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

enum Mode {
    Statement(Statement),
    Transaction([Statement; 4]),
}

struct Connection {
    client: Client,
    mode: Mode,
    /// Held while a request's statements are queued (shared) or for the whole request
    /// (exclusive).
    send: std::sync::Mutex<()>,
    busy: tokio::sync::Mutex<()>,
}

struct Floor {
    connections: Vec<Connection>,
    exclusive: bool,
    next: AtomicUsize,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().ok_or("port")?.parse()?;
    let url = args.next().ok_or("database url")?;
    let employer: uuid::Uuid = args.next().ok_or("employer id")?.parse()?;
    let size: usize = args.next().ok_or("connections")?.parse()?;
    let transaction = match args.next().as_deref() {
        Some("statement") => false,
        Some("transaction") => true,
        _ => return Err("mode: statement or transaction".into()),
    };
    let exclusive = match args.next().as_deref() {
        Some("exclusive") => true,
        Some("shared") => false,
        _ => return Err("sharing: exclusive or shared".into()),
    };
    let page = format!(
        "SELECT {COLUMNS} FROM jobs j WHERE j.employer_id = '{employer}' \
         ORDER BY j.created_at DESC, j.id DESC LIMIT 21"
    );
    let settings = format!(
        "SELECT set_config('role', 'jobs_app', true), \
         set_config('app.employer_id', '{employer}', true), \
         set_config('statement_timeout', '2000', true), set_config('lock_timeout', '1000', true), \
         set_config('plan_cache_mode', 'force_generic_plan', true)"
    );
    let mut connections = Vec::with_capacity(size);
    for _ in 0..size {
        let (client, connection) = tokio_postgres::connect(&url, NoTls).await?;
        tokio::spawn(connection);
        let mode = if transaction {
            Mode::Transaction([
                client.prepare("BEGIN").await?,
                client.prepare(&settings).await?,
                client.prepare(&page).await?,
                client.prepare("COMMIT").await?,
            ])
        } else {
            Mode::Statement(client.prepare(&page).await?)
        };
        connections.push(Connection {
            client,
            mode,
            send: std::sync::Mutex::new(()),
            busy: tokio::sync::Mutex::new(()),
        });
    }
    let floor = Arc::new(Floor {
        connections,
        exclusive,
        next: AtomicUsize::new(0),
    });
    let app = axum::Router::new()
        .route("/v1/jobs", axum::routing::get(list))
        .with_state(floor);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn list(State(floor): State<Arc<Floor>>) -> Response {
    let n = floor.next.fetch_add(1, Ordering::Relaxed) % floor.connections.len();
    let Some(connection) = floor.connections.get(n) else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let _busy = if floor.exclusive {
        Some(connection.busy.lock().await)
    } else {
        None
    };
    let client = &connection.client;
    let rows = match &connection.mode {
        Mode::Statement(page) => client.query(page, &[]).await,
        Mode::Transaction([begin, settings, page, commit]) => {
            let mut all = std::pin::pin!(async {
                futures_util::try_join!(
                    client.execute(begin, &[]),
                    client.execute(settings, &[]),
                    client.query(page, &[]),
                    client.execute(commit, &[]),
                )
            });
            // The first poll queues all four (tokio-postgres sends a prepared statement on
            // its first poll); the lock keeps another request's from landing between them.
            let mut first = true;
            std::future::poll_fn(|cx| {
                if std::mem::take(&mut first) {
                    let _send = connection
                        .send
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    all.as_mut().poll(cx)
                } else {
                    all.as_mut().poll(cx)
                }
            })
            .await
            .map(|(_, _, rows, _)| rows)
        }
    };
    match rows.map(|rows| body(&rows)) {
        Ok(Ok(body)) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Ok(Err(e)) => {
            eprintln!("body: {e}");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        Err(e) => {
            eprintln!("database: {e}");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

fn body(rows: &[Row]) -> Result<String, Box<dyn Error + Sync + Send>> {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("{\"data\":[");
    for (i, row) in rows.iter().take(20).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('{');
        for (c, column) in row.columns().iter().enumerate() {
            if c > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(column.name());
            out.push_str("\":");
            match row.try_get::<_, Raw<'_>>(c)?.0 {
                None => out.push_str("null"),
                Some(raw) if [Type::TEXT, Type::VARCHAR].contains(column.type_()) => {
                    out.push_str(&serde_json::to_string(std::str::from_utf8(raw)?)?);
                }
                Some(raw) => {
                    out.push('"');
                    for byte in raw {
                        out.push(char::from(HEX[usize::from(byte >> 4)]));
                        out.push(char::from(HEX[usize::from(byte & 15)]));
                    }
                    out.push('"');
                }
            }
        }
        out.push('}');
    }
    out.push_str("],\"has_more\":");
    out.push_str(if rows.len() > 20 { "true" } else { "false" });
    out.push('}');
    Ok(out)
}
