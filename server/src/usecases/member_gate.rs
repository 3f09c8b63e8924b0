//! The members' side of every employer request: the first time a token's holder is seen for an
//! employer they are recorded as a member (refreshed every few minutes after that), and a
//! deactivated member is refused. Neither costs a database read per request: this process
//! remembers whom it recorded, and keeps the deactivated members of every employer in memory,
//! reloaded when PostgreSQL says a member's status changed (`LISTEN member_status`) and every
//! [`POLL`] whatever happens, so every replica refuses a deactivated member within seconds.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use uuid::Uuid;

use crate::auth::{Principal, Role};
use crate::db::{Database, Sighting, TenantScope};
use crate::domain::member::MemberStatus;

/// How often the deactivated members are reloaded without being told (a lost notification or
/// a dropped listener costs at most this).
pub const POLL: Duration = Duration::from_secs(2);
/// How long a recorded sighting stands before `last_seen_at` and the roles are written again.
const REFRESH: Duration = Duration::from_secs(300);
/// The most (employer, subject) pairs remembered; past it the memory starts over.
const CAPACITY: usize = 100_000;

/// What the gate decided for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Go ahead, as this member (`None` when the member could not be recorded just now: the
    /// database is unreachable, and the request will find that out itself).
    Member(Option<Uuid>),
    Deactivated,
}

struct Seen {
    id: Uuid,
    written: Instant,
    /// The token's roles when last written: other roles are written again.
    roles: Vec<Role>,
}

pub struct MemberGate {
    db: Database,
    deactivated: RwLock<HashMap<Uuid, HashSet<String>>>,
    loaded: AtomicBool,
    seen: Mutex<HashMap<Uuid, HashMap<String, Seen>>>,
}

impl std::fmt::Debug for MemberGate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemberGate").finish_non_exhaustive()
    }
}

impl MemberGate {
    /// The gate, and its watcher (which ends when the gate is dropped).
    pub fn start(db: Database) -> Arc<Self> {
        let gate = Arc::new(Self {
            db: db.clone(),
            deactivated: RwLock::default(),
            loaded: AtomicBool::new(false),
            seen: Mutex::default(),
        });
        tokio::spawn(watch(db, Arc::downgrade(&gate)));
        gate
    }

    /// Admits `principal` acting for `scope`, recording them as a member when this process has
    /// not (recently).
    pub async fn admit(&self, scope: &TenantScope, principal: &Principal) -> Admission {
        let employer = scope.employer_id();
        if !self.loaded.load(Ordering::Acquire) {
            self.reload().await;
        }
        if self.is_deactivated(employer, &principal.sub) {
            return Admission::Deactivated;
        }
        // The common case allocates nothing: a lookup and a comparison of the token's roles.
        let known = {
            let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
            seen.get(&employer)
                .and_then(|m| m.get(principal.sub.as_str()))
                .map(|s| {
                    (
                        s.id,
                        s.written.elapsed() < REFRESH && s.roles == principal.roles,
                    )
                })
        };
        match known {
            Some((id, true)) => Admission::Member(Some(id)),
            Some((id, false)) => {
                // Known: refresh in the background, the request does not wait for it.
                self.remember(employer, principal, id);
                let db = self.db.clone();
                let scope = *scope;
                let principal = principal.clone();
                tokio::spawn(async move {
                    if let Err(e) = record(&db, &scope, &principal).await {
                        tracing::warn!(error = %e, "refreshing a member failed");
                    }
                });
                Admission::Member(Some(id))
            }
            None => match record(&self.db, scope, principal).await {
                Ok((_, MemberStatus::Deactivated)) => {
                    self.mark(employer, &principal.sub, MemberStatus::Deactivated);
                    Admission::Deactivated
                }
                Ok((id, MemberStatus::Active)) => {
                    self.remember(employer, principal, id);
                    Admission::Member(Some(id))
                }
                Err(e) => {
                    tracing::warn!(error = %e, "recording a member failed");
                    Admission::Member(None)
                }
            },
        }
    }

    /// What this process knows at once after changing a member's status itself (the other
    /// replicas hear of it through the database).
    pub fn mark(&self, employer: Uuid, sub: &str, status: MemberStatus) {
        let mut deactivated = self.deactivated.write().unwrap_or_else(|e| e.into_inner());
        match status {
            MemberStatus::Deactivated => {
                deactivated
                    .entry(employer)
                    .or_default()
                    .insert(sub.to_string());
            }
            MemberStatus::Active => {
                if let Some(subs) = deactivated.get_mut(&employer) {
                    subs.remove(sub);
                }
            }
        }
    }

    fn is_deactivated(&self, employer: Uuid, sub: &str) -> bool {
        self.deactivated
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&employer)
            .is_some_and(|subs| subs.contains(sub))
    }

    fn remember(&self, employer: Uuid, principal: &Principal, id: Uuid) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.values().map(HashMap::len).sum::<usize>() >= CAPACITY {
            seen.clear();
        }
        seen.entry(employer).or_default().insert(
            principal.sub.clone(),
            Seen {
                id,
                written: Instant::now(),
                roles: principal.roles.clone(),
            },
        );
    }

    /// Reads every deactivated member; `false` when the database did not answer (the last
    /// list stays).
    async fn reload(&self) -> bool {
        match self.db.deactivated_members().await {
            Ok(rows) => {
                let mut by_employer: HashMap<Uuid, HashSet<String>> = HashMap::new();
                for (employer, sub) in rows {
                    by_employer.entry(employer).or_default().insert(sub);
                }
                *self.deactivated.write().unwrap_or_else(|e| e.into_inner()) = by_employer;
                self.loaded.store(true, Ordering::Release);
                true
            }
            Err(e) => {
                tracing::warn!(error = %e, "loading the deactivated members failed");
                false
            }
        }
    }
}

/// Records (or refreshes) the member in a tenant transaction of its own.
async fn record(
    db: &Database,
    scope: &TenantScope,
    principal: &Principal,
) -> Result<(Uuid, MemberStatus), crate::db::DbError> {
    let roles = principal
        .roles
        .iter()
        .filter(|r| r.is_employer_scoped())
        .map(|r| r.as_str())
        .collect();
    let mut tx = db.begin(scope).await?;
    tx.employer_ensure().await?;
    let found = tx
        .member_seen(&Sighting {
            sub: &principal.sub,
            name: principal.profile.name.as_deref(),
            email: principal.profile.email.as_deref(),
            roles,
        })
        .await?;
    tx.commit().await?;
    Ok(found)
}

/// Keeps the deactivated members current: reload, then wait for a notification or [`POLL`].
async fn watch(db: Database, gate: Weak<MemberGate>) {
    let mut listener = None;
    loop {
        let Some(strong) = gate.upgrade() else {
            return;
        };
        if listener.is_none() {
            listener = db.member_status_listener().await.ok();
        }
        // After LISTEN, so that no change between the load and the wait goes unheard.
        strong.reload().await;
        drop(strong);
        let lost = match listener.as_mut() {
            Some(conn) => {
                let mut notifications = std::pin::pin!(conn.notifications_stream());
                tokio::select! {
                    n = notifications.next() => matches!(n, None | Some(Err(_))),
                    () = tokio::time::sleep(POLL) => false,
                }
            }
            None => {
                tokio::time::sleep(POLL).await;
                false
            }
        };
        if lost {
            listener = None;
        }
    }
}
