//! The employer's team: listing members, and an admin's changes to one (name, e-mail,
//! deactivation), each with its event.

use serde_json::json;
use uuid::Uuid;

use super::{Ctx, Failure, Page, page_limit};
use crate::db::{Database, MemberChange, MemberFilter, MemberPosition, MemberRecord};
use crate::domain::cursor::CursorCodec;
use crate::domain::etag;
use crate::domain::member::MemberStatus;

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    filter: MemberFilter,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<MemberRecord>, Failure> {
    let scope = format!(
        "members|{}|{:?}|{:?}|{:?}",
        ctx.scope.employer_id(),
        filter.role,
        filter.status.map(MemberStatus::as_str),
        filter.text
    );
    let after: Option<MemberPosition> = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    let items = tx.members_list(&filter, after, limit + 1).await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.first_seen_at, last.id))
    }))
}

pub async fn get(db: &Database, ctx: &Ctx, id: Uuid) -> Result<MemberRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let member = tx.member_get(id, false).await?;
    tx.commit().await?;
    Ok(member)
}

/// An admin's change. Deactivating is `member.deactivated`; anything else that changes is
/// `member.updated` (with the names of the members that changed).
pub async fn update(
    db: &Database,
    ctx: &Ctx,
    id: Uuid,
    if_match: &str,
    change: MemberChange,
) -> Result<MemberRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx.member_get(id, true).await?;
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    if change.status == Some(MemberStatus::Deactivated) && current.sub == ctx.sub {
        return Err(Failure::NotPermitted(
            "An admin cannot deactivate themselves: ask another admin of the employer.",
        ));
    }
    let mut changed = Vec::new();
    if change
        .display_name
        .as_ref()
        .is_some_and(|n| Some(n) != current.display_name.as_ref())
    {
        changed.push("display_name");
    }
    if change
        .email
        .as_ref()
        .is_some_and(|e| Some(e) != current.email.as_ref())
    {
        changed.push("email");
    }
    if change.status.is_some_and(|s| s != current.status()) {
        changed.push("status");
    }
    if changed.is_empty() {
        tx.commit().await?;
        return Ok(current);
    }
    let updated = tx.member_update(current, &change).await?;
    let event_type = if changed.contains(&"status") && updated.status() == MemberStatus::Deactivated
    {
        "member.deactivated"
    } else {
        "member.updated"
    };
    tx.record_event(ctx.event(
        event_type,
        "member",
        id,
        json!({
            "member_id": id,
            "status": updated.status().as_str(),
            "changed_fields": changed,
            "version": updated.version,
        }),
    ))
    .await?;
    tx.commit().await?;
    Ok(updated)
}
