//! The public changes feed: what happened to published jobs, in commit order (positions are
//! taken at commit under one lock, see the migration `public_job_changes`), read as the public
//! role in one repeatable-read snapshot.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{Array, BigInt, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::public::{PublicJobRecord, PublicJobRow, public_job_columns};
use super::stmt::Stmt;
use super::{Database, DbError};

/// One change of a published job.
#[derive(Debug, Clone)]
pub struct PublicJobChange {
    pub position: i64,
    pub job_id: Uuid,
    pub employer_id: Uuid,
    /// `published`, `updated`, `closed` or `removed`.
    pub change: String,
    pub changed_at: DateTime<Utc>,
    /// The job as it is now, for `published` and `updated` (never for tombstones).
    pub job: Option<PublicJobRecord>,
}

/// A page of the feed: the changes, and the position to resume after (the last one scanned,
/// which may be a change left out because its job is no longer public).
#[derive(Debug, Clone)]
pub struct ChangesPage {
    pub changes: Vec<PublicJobChange>,
    pub last_position: i64,
    pub more: bool,
}

#[derive(QueryableByName)]
struct ChangeRow {
    #[diesel(sql_type = BigInt)]
    position: i64,
    #[diesel(sql_type = SqlUuid)]
    job_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    employer_id: Uuid,
    #[diesel(sql_type = Text)]
    change: String,
    #[diesel(sql_type = Timestamptz)]
    changed_at: DateTime<Utc>,
}

impl Database {
    /// Changes after `after` (of one employer, or all), at most `limit` scanned. A `published`
    /// or `updated` change whose job is no longer public is left out: a later tombstone in the
    /// feed says why, so a follower applying the feed in order ends with the public set.
    pub async fn public_job_changes(
        &self,
        after: i64,
        employer_id: Option<Uuid>,
        limit: i64,
    ) -> Result<ChangesPage, DbError> {
        let mut tx = self.begin_public().await?;
        let conn = tx.conn()?;
        let scan = match employer_id {
            Some(employer) => Stmt::new(
                "SELECT position, job_id, employer_id, change, changed_at \
                 FROM public_job_changes WHERE employer_id = $1 AND position > $2 \
                 ORDER BY position LIMIT $3",
            )
            .with::<SqlUuid, _>(employer),
            None => Stmt::new(
                "SELECT position, job_id, employer_id, change, changed_at \
                 FROM public_job_changes WHERE position > $1 ORDER BY position LIMIT $2",
            ),
        };
        let rows: Vec<ChangeRow> = scan
            .with::<BigInt, _>(after)
            .with::<BigInt, _>(limit)
            .load(conn)
            .await?;
        let live_ids: Vec<Uuid> = rows
            .iter()
            .filter(|r| r.change == "published" || r.change == "updated")
            .map(|r| r.job_id)
            .collect();
        let mut jobs = std::collections::HashMap::new();
        if !live_ids.is_empty() {
            let found: Vec<PublicJobRow> = Stmt::new(format!(
                "SELECT {} FROM jobs j JOIN employers e ON e.id = j.employer_id \
                 WHERE j.id = ANY($1) AND j.status = 'published'",
                public_job_columns()
            ))
            .with::<Array<SqlUuid>, _>(live_ids)
            .load(tx.conn()?)
            .await?;
            for row in found {
                let record = row.into_record()?;
                jobs.insert(record.id, record);
            }
        }
        tx.finish().await?;

        let more = i64::try_from(rows.len()).unwrap_or(i64::MAX) >= limit;
        let last_position = rows.last().map_or(after, |r| r.position);
        let changes = rows
            .into_iter()
            .filter_map(|r| {
                let job = jobs.get(&r.job_id).cloned();
                let tombstone = r.change == "closed" || r.change == "removed";
                (tombstone || job.is_some()).then_some(PublicJobChange {
                    position: r.position,
                    job_id: r.job_id,
                    employer_id: r.employer_id,
                    change: r.change,
                    changed_at: r.changed_at,
                    job: if tombstone { None } else { job },
                })
            })
            .collect();
        Ok(ChangesPage {
            changes,
            last_position,
            more,
        })
    }
}
