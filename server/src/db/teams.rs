//! Hiring teams of the handle's employer's jobs. A change locks the job's `job_teams` row
//! first and bumps its version (the team's ETag), as shortlists do.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::{job_team_members, job_teams};
use super::tenant::TenantTx;
use crate::domain::member::TeamRole;

/// The team's version and last change (`0` and `None` before its first change).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TeamHead {
    pub version: i64,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = job_team_members, check_for_backend(diesel::pg::Pg))]
pub struct TeamMemberRow {
    pub member_id: Uuid,
    pub team_role: String,
    pub added_at: DateTime<Utc>,
}

impl TenantTx {
    pub async fn team_head(&mut self, job_id: Uuid, lock: bool) -> Result<TeamHead, DbError> {
        let employer_id = self.employer_id();
        if lock {
            diesel::insert_into(job_teams::table)
                .values((
                    job_teams::job_id.eq(job_id),
                    job_teams::employer_id.eq(employer_id),
                ))
                .on_conflict_do_nothing()
                .execute(self.conn()?)
                .await?;
        }
        let query = job_teams::table
            .filter(job_teams::employer_id.eq(employer_id))
            .filter(job_teams::job_id.eq(job_id))
            .select((job_teams::version, job_teams::updated_at));
        let conn = self.conn()?;
        let found: Option<(i64, Option<DateTime<Utc>>)> = if lock {
            query.for_update().first(conn).await.optional()?
        } else {
            query.first(conn).await.optional()?
        };
        Ok(found.map_or(
            TeamHead {
                version: 0,
                updated_at: None,
            },
            |(version, updated_at)| TeamHead {
                version,
                updated_at,
            },
        ))
    }

    /// The team, hiring managers first, then recruiters, then interviewers, each in the order
    /// they joined.
    pub async fn team_members(&mut self, job_id: Uuid) -> Result<Vec<TeamMemberRow>, DbError> {
        let employer_id = self.employer_id();
        let mut rows: Vec<TeamMemberRow> = job_team_members::table
            .filter(job_team_members::employer_id.eq(employer_id))
            .filter(job_team_members::job_id.eq(job_id))
            .select(TeamMemberRow::as_select())
            .order((
                job_team_members::added_at.asc(),
                job_team_members::member_id.asc(),
            ))
            .load(self.conn()?)
            .await?;
        rows.sort_by_key(|r| TeamRole::parse(&r.team_role));
        Ok(rows)
    }

    /// Replaces the team (under the lock of [`Self::team_head`]); members who stay keep when
    /// they joined. Returns the new head.
    pub async fn team_replace(
        &mut self,
        job_id: Uuid,
        members: &[(Uuid, TeamRole)],
    ) -> Result<TeamHead, DbError> {
        let employer_id = self.employer_id();
        let kept: Vec<TeamMemberRow> = self.team_members(job_id).await?;
        let conn = self.conn()?;
        diesel::delete(
            job_team_members::table
                .filter(job_team_members::employer_id.eq(employer_id))
                .filter(job_team_members::job_id.eq(job_id)),
        )
        .execute(conn)
        .await?;
        let now = Utc::now();
        let rows: Vec<_> = members
            .iter()
            .map(|(member_id, role)| {
                let added_at = kept
                    .iter()
                    .find(|k| k.member_id == *member_id)
                    .map_or(now, |k| k.added_at);
                (
                    job_team_members::job_id.eq(job_id),
                    job_team_members::member_id.eq(*member_id),
                    job_team_members::employer_id.eq(employer_id),
                    job_team_members::team_role.eq(role.as_str()),
                    job_team_members::added_at.eq(added_at),
                )
            })
            .collect();
        if !rows.is_empty() {
            diesel::insert_into(job_team_members::table)
                .values(rows)
                .execute(self.conn()?)
                .await?;
        }
        let (version, updated_at): (i64, Option<DateTime<Utc>>) = diesel::update(
            job_teams::table
                .filter(job_teams::employer_id.eq(employer_id))
                .filter(job_teams::job_id.eq(job_id)),
        )
        .set((
            job_teams::version.eq(job_teams::version + 1),
            job_teams::updated_at.eq(diesel::dsl::now
                .into_sql::<diesel::sql_types::Timestamptz>()
                .nullable()),
        ))
        .returning((job_teams::version, job_teams::updated_at))
        .get_result(self.conn()?)
        .await?;
        Ok(TeamHead {
            version,
            updated_at,
        })
    }
}
