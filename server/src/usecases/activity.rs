//! An application's timeline: its events from the outbox, oldest first, each with the member
//! who acted when a member did.

use std::collections::HashMap;

use uuid::Uuid;

use super::{Ctx, Failure, Page, page_limit};
use crate::db::{ActivityPosition, ActivityRecord, Database, MemberSummary};
use crate::domain::cursor::CursorCodec;

#[derive(Debug, Clone)]
pub struct Activity {
    pub record: ActivityRecord,
    pub member: Option<MemberSummary>,
}

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    application_id: Uuid,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<Activity>, Failure> {
    let scope = format!("activity|{}|{application_id}", ctx.scope.employer_id());
    let after: Option<ActivityPosition> = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    let application = tx.application_get(application_id).await?;
    let records = tx
        .application_activity(
            application.id,
            application.job_id,
            application.applicant.id,
            after,
            limit + 1,
        )
        .await?;
    let mut subs: Vec<String> = records.iter().map(|r| r.actor.clone()).collect();
    subs.sort_unstable();
    subs.dedup();
    let members: HashMap<String, MemberSummary> = tx.members_by_subs(&subs).await?;
    tx.commit().await?;
    let items = records
        .into_iter()
        .map(|record| Activity {
            member: members.get(&record.actor).cloned(),
            record,
        })
        .collect();
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.record.occurred_at, last.record.id))
    }))
}
