//! One span per SQL statement (`db.system`, operation, table; never parameter values), from
//! diesel's connection instrumentation. Debug-level: created only when traces are exported.

use std::collections::VecDeque;

use diesel::connection::{Instrumentation, InstrumentationEvent};
use tracing::field::Empty;

/// Spans of a connection's statements in flight, oldest first (pipelined statements finish in
/// the order they were sent).
#[derive(Default)]
pub(super) struct StatementSpans {
    open: VecDeque<tracing::Span>,
}

impl Instrumentation for StatementSpans {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartQuery { query, .. } => {
                let span = tracing::debug_span!(
                    target: "jobs_server::db",
                    "db.statement",
                    otel.name = Empty,
                    otel.kind = "client",
                    otel.status_code = Empty,
                    db.system = "postgresql",
                    db.operation = Empty,
                    db.sql.table = Empty,
                );
                if !span.is_disabled() {
                    let text = query.to_string();
                    let (operation, table) = summarize(&text);
                    span.record("db.operation", operation);
                    match table {
                        Some(table) => {
                            span.record("db.sql.table", table.as_str());
                            span.record("otel.name", format!("{operation} {table}").as_str());
                        }
                        None => {
                            span.record("otel.name", operation);
                        }
                    }
                }
                self.open.push_back(span);
            }
            InstrumentationEvent::FinishQuery { error, .. } => {
                if let Some(span) = self.open.pop_front()
                    && error.is_some()
                {
                    span.record("otel.status_code", "ERROR");
                }
            }
            _ => {}
        }
    }
}

/// The statement's operation (its first keyword) and main table, from the SQL text only: the
/// text diesel hands over may end in `-- binds: [...]`, which is never looked at.
pub(super) fn summarize(sql: &str) -> (&'static str, Option<String>) {
    let sql = sql.split(" -- binds").next().unwrap_or_default();
    let mut words = sql.split_whitespace();
    let first = words.next().unwrap_or_default().to_ascii_uppercase();
    let operation = match first.as_str() {
        "SELECT" => "SELECT",
        "INSERT" => "INSERT",
        "UPDATE" => "UPDATE",
        "DELETE" => "DELETE",
        "WITH" => "WITH",
        "BEGIN" => "BEGIN",
        "COMMIT" => "COMMIT",
        "ROLLBACK" => "ROLLBACK",
        "LISTEN" => "LISTEN",
        _ => "OTHER",
    };
    let keyword = match operation {
        "INSERT" => "INTO",
        "UPDATE" => "UPDATE",
        _ => "FROM",
    };
    // The first name after the keyword that is a table, not a subquery: `FROM (SELECT … FROM
    // jobs …)` names `jobs`.
    let tokens: Vec<&str> = sql.split_whitespace().collect();
    let table = tokens
        .windows(2)
        .filter(|w| w[0].eq_ignore_ascii_case(keyword))
        .map(|w| {
            w[1].trim_matches(|c: char| c == '"' || c == '(' || c == ')' || c == ',' || c == ';')
        })
        .find(|t| {
            !t.is_empty()
                && !["SELECT", "LATERAL", "ONLY", "UNNEST"]
                    .iter()
                    .any(|k| t.eq_ignore_ascii_case(k))
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '"')
        })
        .map(|t| t.replace('"', ""));
    (operation, table)
}

#[cfg(test)]
mod tests {
    use super::summarize;

    #[test]
    fn names_operation_and_table_without_values() {
        assert_eq!(
            summarize("SELECT id FROM \"jobs\" WHERE employer_id = $1 -- binds: [secret]"),
            ("SELECT", Some("jobs".into()))
        );
        assert_eq!(
            summarize("INSERT INTO outbox_events (id) VALUES ($1)"),
            ("INSERT", Some("outbox_events".into()))
        );
        assert_eq!(
            summarize("UPDATE uploads SET status = $3"),
            ("UPDATE", Some("uploads".into()))
        );
        assert_eq!(
            summarize("SELECT * FROM (SELECT id FROM jobs WHERE x) AS hit"),
            ("SELECT", Some("jobs".into()))
        );
        assert_eq!(summarize("BEGIN"), ("BEGIN", None));
        assert_eq!(
            summarize("SELECT set_config('role', 'jobs_app', true)").1,
            None
        );
    }
}
