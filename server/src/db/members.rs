//! Members of the handle's employer: recorded when their tokens are first seen, refreshed now
//! and then, renamed or deactivated by admins. The deactivated ones of every employer are read
//! by the serving role only through `app_deactivated_members()` (see [`Database`]).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::schema::members;
use super::stmt::Stmt;
use super::tenant::TenantTx;
use super::tx::{Access, Tx};
use super::{Database, DbError};
use crate::domain::member::MemberStatus;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members, check_for_backend(diesel::pg::Pg))]
pub struct MemberRecord {
    pub id: Uuid,
    pub sub: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub roles: Vec<String>,
    pub status: String,
    pub version: i64,
    pub first_seen_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deactivated_at: Option<DateTime<Utc>>,
}

impl MemberRecord {
    pub fn status(&self) -> MemberStatus {
        MemberStatus::parse(&self.status).unwrap_or(MemberStatus::Deactivated)
    }
}

/// A member as comments, teams and the timeline show them.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = members, check_for_backend(diesel::pg::Pg))]
pub struct MemberSummary {
    pub id: Uuid,
    pub display_name: Option<String>,
    pub status: String,
    /// The employer roles of their latest token.
    pub roles: Vec<String>,
}

/// What a token said about its holder, for [`TenantTx::member_seen`].
#[derive(Debug, Clone)]
pub struct Sighting<'a> {
    pub sub: &'a str,
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
    pub roles: Vec<&'static str>,
}

/// Which members a list shows.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    pub role: Option<String>,
    pub status: Option<MemberStatus>,
    pub text: Option<String>,
}

/// Keyset position in the member list (first seen, oldest first).
pub type MemberPosition = (DateTime<Utc>, Uuid);

/// An admin's change to a member.
#[derive(Debug, Clone, Default)]
pub struct MemberChange {
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub status: Option<MemberStatus>,
}

impl TenantTx {
    /// Records the token's holder as a member (the first time) or refreshes what the newest
    /// token says (roles, and name and e-mail unless an admin set them) and when it was seen.
    /// Returns the member's id and status.
    pub async fn member_seen(
        &mut self,
        seen: &Sighting<'_>,
    ) -> Result<(Uuid, MemberStatus), DbError> {
        #[derive(QueryableByName)]
        struct Row {
            #[diesel(sql_type = SqlUuid)]
            id: Uuid,
            #[diesel(sql_type = Text)]
            status: String,
        }
        let row: Row = Stmt::new(
            "INSERT INTO members (id, employer_id, sub, display_name, email, roles) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (employer_id, sub) DO UPDATE SET \
               roles = excluded.roles, last_seen_at = now(), \
               display_name = CASE WHEN members.profile_edited THEN members.display_name \
                                   ELSE coalesce(excluded.display_name, members.display_name) END, \
               email = CASE WHEN members.profile_edited THEN members.email \
                            ELSE coalesce(excluded.email, members.email) END \
             RETURNING id, status",
        )
        .with::<SqlUuid, _>(Uuid::now_v7())
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Text, _>(seen.sub.to_string())
        .with::<diesel::sql_types::Nullable<Text>, _>(seen.name.map(str::to_string))
        .with::<diesel::sql_types::Nullable<Text>, _>(seen.email.map(str::to_string))
        .with::<diesel::sql_types::Array<Text>, _>(
            seen.roles.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
        )
        .get_result(self.conn()?)
        .await?;
        Ok((
            row.id,
            MemberStatus::parse(&row.status).unwrap_or(MemberStatus::Deactivated),
        ))
    }

    pub async fn members_list(
        &mut self,
        filter: &MemberFilter,
        after: Option<MemberPosition>,
        limit: i64,
    ) -> Result<Vec<MemberRecord>, DbError> {
        let employer_id = self.employer_id();
        let mut query = members::table
            .filter(members::employer_id.eq(employer_id))
            .select(MemberRecord::as_select())
            .order((members::first_seen_at.asc(), members::id.asc()))
            .limit(limit)
            .into_boxed();
        if let Some(role) = &filter.role {
            query = query.filter(members::roles.contains(vec![role.clone()]));
        }
        if let Some(status) = filter.status {
            query = query.filter(members::status.eq(status.as_str()));
        }
        if let Some(text) = &filter.text {
            let pattern = format!("%{}%", escape_like(text));
            query = query.filter(
                members::display_name
                    .ilike(pattern.clone())
                    .or(members::email.ilike(pattern.clone()))
                    .or(members::sub.ilike(pattern).nullable()),
            );
        }
        if let Some((first_seen_at, id)) = after {
            query = query.filter(
                members::first_seen_at
                    .gt(first_seen_at)
                    .or(members::first_seen_at
                        .eq(first_seen_at)
                        .and(members::id.gt(id))),
            );
        }
        Ok(query.load(self.conn()?).await?)
    }

    pub async fn member_get(
        &mut self,
        id: Uuid,
        for_update: bool,
    ) -> Result<MemberRecord, DbError> {
        let employer_id = self.employer_id();
        let query = members::table
            .filter(members::employer_id.eq(employer_id))
            .filter(members::id.eq(id))
            .select(MemberRecord::as_select());
        let conn = self.conn()?;
        Ok(if for_update {
            query.for_update().first(conn).await?
        } else {
            query.first(conn).await?
        })
    }

    /// The member whose tokens carry `sub`, if one was recorded.
    pub async fn member_by_sub(&mut self, sub: &str) -> Result<Option<MemberSummary>, DbError> {
        let employer_id = self.employer_id();
        Ok(members::table
            .filter(members::employer_id.eq(employer_id))
            .filter(members::sub.eq(sub))
            .select(MemberSummary::as_select())
            .first(self.conn()?)
            .await
            .optional()?)
    }

    /// Members by the `sub` of their tokens (those recorded).
    pub async fn members_by_subs(
        &mut self,
        subs: &[String],
    ) -> Result<HashMap<String, MemberSummary>, DbError> {
        if subs.is_empty() {
            return Ok(HashMap::new());
        }
        let employer_id = self.employer_id();
        let rows: Vec<(String, MemberSummary)> = members::table
            .filter(members::employer_id.eq(employer_id))
            .filter(members::sub.eq_any(subs))
            .select((members::sub, MemberSummary::as_select()))
            .load(self.conn()?)
            .await?;
        Ok(rows.into_iter().collect())
    }

    /// Members by id (those of this employer), share-locked so that none is deactivated before
    /// the transaction that names them commits.
    pub async fn members_summaries(
        &mut self,
        ids: &[Uuid],
        lock: bool,
    ) -> Result<HashMap<Uuid, MemberSummary>, DbError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let employer_id = self.employer_id();
        let query = members::table
            .filter(members::employer_id.eq(employer_id))
            .filter(members::id.eq_any(ids))
            .order(members::id)
            .select(MemberSummary::as_select());
        let conn = self.conn()?;
        let rows: Vec<MemberSummary> = if lock {
            query.for_share().load(conn).await?
        } else {
            query.load(conn).await?
        };
        Ok(rows.into_iter().map(|m| (m.id, m)).collect())
    }

    /// Applies an admin's change to `current` (read with [`Self::member_get`], locked); returns
    /// the record after it.
    pub async fn member_update(
        &mut self,
        mut current: MemberRecord,
        change: &MemberChange,
    ) -> Result<MemberRecord, DbError> {
        let employer_id = self.employer_id();
        let id = current.id;
        let profile = change.display_name.is_some() || change.email.is_some();
        if let Some(name) = &change.display_name {
            current.display_name = Some(name.clone());
        }
        if let Some(email) = &change.email {
            current.email = Some(email.clone());
        }
        let status = change.status.unwrap_or(current.status());
        let deactivated_at = match (status, current.deactivated_at) {
            (MemberStatus::Active, _) => None,
            (MemberStatus::Deactivated, Some(at)) => Some(at),
            (MemberStatus::Deactivated, None) => Some(Utc::now()),
        };
        Ok(diesel::update(
            members::table
                .filter(members::employer_id.eq(employer_id))
                .filter(members::id.eq(id)),
        )
        .set((
            members::display_name.eq(current.display_name),
            members::email.eq(current.email),
            members::profile_edited
                .eq(members::profile_edited.or(profile.into_sql::<diesel::sql_types::Bool>())),
            members::status.eq(status.as_str()),
            members::deactivated_at.eq(deactivated_at),
            members::version.eq(members::version + 1),
            members::updated_at.eq(diesel::dsl::now),
        ))
        .returning(MemberRecord::as_returning())
        .get_result(self.conn()?)
        .await?)
    }
}

/// `%`, `_` and `\` match themselves in an ILIKE pattern built from `text`.
fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Database {
    /// Every deactivated member of every employer, as (employer, subject): what the replicas'
    /// in-memory gate refuses.
    pub async fn deactivated_members(&self) -> Result<Vec<(Uuid, String)>, DbError> {
        #[derive(QueryableByName)]
        struct Row {
            #[diesel(sql_type = SqlUuid)]
            employer_id: Uuid,
            #[diesel(sql_type = Text)]
            sub: String,
        }
        // A transaction as the serving role for no employer: the function is its only way in.
        let mut tx = Tx::begin(&self.pool, Access::Tenant(Uuid::nil()), self.limits).await?;
        let rows: Vec<Row> = Stmt::new("SELECT employer_id, sub FROM app_deactivated_members()")
            .load(tx.conn()?)
            .await?;
        tx.commit().await?;
        Ok(rows.into_iter().map(|r| (r.employer_id, r.sub)).collect())
    }

    /// A connection of its own on the serving login, listening on `member_status` (notified
    /// when a member is recorded or changes status). The caller reads `notifications_stream()`.
    pub async fn member_status_listener(&self) -> Result<AsyncPgConnection, DbError> {
        let mut conn = super::tls::establish(&self.serving_url)
            .await
            .map_err(|_| DbError::Unavailable)?;
        Stmt::new("LISTEN member_status").execute(&mut conn).await?;
        Ok(conn)
    }
}
