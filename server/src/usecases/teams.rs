//! Hiring teams: the members working on one job, and their part in it.

use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{Ctx, Failure};
use crate::db::{Database, MemberSummary, TeamHead, TenantTx};
use crate::domain::FieldError;
use crate::domain::etag;
use crate::domain::member::{MemberStatus, TeamRole, team_pointer};

#[derive(Debug, Clone)]
pub struct TeamMember {
    pub member: MemberSummary,
    pub role: TeamRole,
    pub added_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct Team {
    pub job_id: Uuid,
    pub head: TeamHead,
    pub members: Vec<TeamMember>,
}

pub async fn get(db: &Database, ctx: &Ctx, job_id: Uuid) -> Result<Team, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.job_get(job_id).await?;
    let head = tx.team_head(job_id, false).await?;
    let team = load(&mut tx, job_id, head).await?;
    tx.commit().await?;
    Ok(team)
}

/// Replaces the whole team: active members of the employer, each once.
pub async fn replace(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    if_match: &str,
    members: Vec<(Uuid, TeamRole)>,
) -> Result<Team, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.job_lock_for_shortlist(job_id).await?;
    let ids: Vec<Uuid> = members.iter().map(|(id, _)| *id).collect();
    let found = tx.members_summaries(&ids, true).await?;
    let head = tx.team_head(job_id, true).await?;
    if !etag::if_match_admits(if_match, head.version) {
        return Err(Failure::PreconditionFailed);
    }
    // Members on the team already stay even if deactivated since: what GET answered can be
    // sent back as it is.
    let kept: Vec<Uuid> = tx
        .team_members(job_id)
        .await?
        .into_iter()
        .map(|m| m.member_id)
        .collect();
    let mut errors = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            errors.push(FieldError {
                pointer: team_pointer(i),
                detail: "appears twice: a member has one role on a job's team",
            });
        } else if !kept.contains(id)
            && found
                .get(id)
                .is_none_or(|m| m.status != MemberStatus::Active.as_str())
        {
            errors.push(FieldError {
                pointer: team_pointer(i),
                detail: "is not an active member of this employer (unknown or deactivated): remove it, or choose one listed by GET /v1/members?status=active",
            });
        }
    }
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    let head = tx.team_replace(job_id, &members).await?;
    tx.record_event(ctx.event(
        "job.team.updated",
        "job",
        job_id,
        json!({ "job_id": job_id, "member_ids": ids, "version": head.version }),
    ))
    .await?;
    let team = load(&mut tx, job_id, head).await?;
    tx.commit().await?;
    Ok(team)
}

async fn load(tx: &mut TenantTx, job_id: Uuid, head: TeamHead) -> Result<Team, Failure> {
    let rows = tx.team_members(job_id).await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.member_id).collect();
    let found = tx.members_summaries(&ids, false).await?;
    let members = rows
        .into_iter()
        .filter_map(|r| {
            Some(TeamMember {
                member: found.get(&r.member_id)?.clone(),
                role: TeamRole::parse(&r.team_role)?,
                added_at: r.added_at,
            })
        })
        .collect();
    Ok(Team {
        job_id,
        head,
        members,
    })
}
