//! Cross-tenant housekeeping: work that no tenant transaction can do because it spans
//! employers. It runs on the connecting (owner) login, never as an application role, and sees
//! rows only through the `*_maintenance` policies, which its transaction opens with
//! `app.maintenance = 'on'`. Request code has no way here: these are `Database` methods that
//! the maintenance task and start-up call.

use diesel::QueryableByName;
use diesel::sql_types::{Integer, SmallInt, Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use uuid::Uuid;

use super::{Database, DbError};
use crate::domain::html;

#[derive(QueryableByName)]
struct Retention {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Integer)]
    days: i32,
}

impl Database {
    /// Employers that set `application_retention_days`, with the number of days.
    pub async fn employers_with_retention(&self) -> Result<Vec<(Uuid, i32)>, DbError> {
        let mut conn = self.pool().get().await.map_err(|_| DbError::Unavailable)?;
        conn.batch_execute(
            "ROLLBACK; BEGIN READ ONLY; SELECT set_config('app.maintenance', 'on', true)",
        )
        .await?;
        let rows = diesel::sql_query(
            "SELECT id, (settings ->> 'application_retention_days')::int AS days \
             FROM employers WHERE jsonb_typeof(settings -> 'application_retention_days') = 'number'",
        )
        .load::<Retention>(&mut *conn)
        .await;
        let _ = conn.batch_execute("COMMIT").await;
        Ok(rows?.into_iter().map(|r| (r.id, r.days)).collect())
    }
}

#[derive(QueryableByName)]
struct Description {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Text)]
    description: String,
}

/// Cleans every HTML description that an older sanitizer policy (or none) produced, in
/// batches; returns how many were rewritten. Runs at start-up right after the migrations, on
/// the migration connection, so rows written before sanitizing existed are never served.
pub(super) async fn resanitize_descriptions(conn: &mut AsyncPgConnection) -> Result<u64, DbError> {
    const BATCH: usize = 500;
    let mut total = 0;
    loop {
        conn.batch_execute("BEGIN; SELECT set_config('app.maintenance', 'on', true)")
            .await?;
        let done = resanitize_batch(conn, BATCH).await;
        match done {
            Ok(n) => {
                conn.batch_execute("COMMIT").await?;
                total += n as u64;
                if n < BATCH {
                    return Ok(total);
                }
            }
            Err(e) => {
                let _ = conn.batch_execute("ROLLBACK").await;
                return Err(e);
            }
        }
    }
}

async fn resanitize_batch(conn: &mut AsyncPgConnection, limit: usize) -> Result<usize, DbError> {
    let rows: Vec<Description> = diesel::sql_query(
        "SELECT id, description FROM jobs \
         WHERE description_format = 'html' AND description_policy < $1 \
         LIMIT $2 FOR UPDATE",
    )
    .bind::<SmallInt, _>(html::POLICY_VERSION)
    .bind::<diesel::sql_types::BigInt, _>(limit as i64)
    .load(conn)
    .await?;
    for row in &rows {
        diesel::sql_query(
            "UPDATE jobs SET description = $2, description_policy = $3 WHERE id = $1",
        )
        .bind::<SqlUuid, _>(row.id)
        .bind::<Text, _>(html::sanitize(&row.description))
        .bind::<SmallInt, _>(html::POLICY_VERSION)
        .execute(conn)
        .await?;
    }
    Ok(rows.len())
}
