//! The mailer: a queue on the worker skeleton. Before each lease it plans what the outbox added
//! since its checkpoint (one mailer at a time) and folds due digests; then it sends leased
//! messages, each marked `sending` first so that none is sent twice.

use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel_async::AsyncPgConnection;
use lettre::message::Mailbox as Address;
use rand_core::{OsRng, RngCore};
use tokio::task::JoinHandle;
use uuid::Uuid;

use super::message;
use super::plan::Planner;
use super::transport::Transport;
use crate::config::mail::{MailConfig, MailWorker};
use crate::db::{Database, DbError, FairShare, LeasedMail, MailOutcome, Mailbox};
use crate::domain::mail_link::LinkSigner;
use crate::worker::{Limits, Queue, schedule};

/// Events planned per round.
const PLAN_BATCH: usize = 200;

/// Digests folded per round.
const DIGEST_BATCH: usize = 50;

/// An event whose planning keeps failing (not for want of the database) is skipped after this
/// many tries over at least this long, so one bad event cannot hold up every later message.
const PLAN_TRIES: u32 = 5;
const PLAN_GIVE_UP_AFTER: Duration = Duration::from_secs(60);

pub struct Mailer {
    mailbox: Mailbox,
    db: Database,
    transport: Transport,
    from: Address,
    planner: Planner,
    worker: MailWorker,
    /// The event that failed to plan last, since when, and how often.
    stuck: Mutex<Option<(Uuid, std::time::Instant, u32)>>,
    /// When the outbox was last read, and whether that round was full (more is waiting).
    planned: Mutex<Option<(std::time::Instant, bool)>>,
}

impl Mailer {
    pub fn new(
        mailbox: Mailbox,
        db: Database,
        config: &MailConfig,
        worker: MailWorker,
        signer: LinkSigner,
        public_url: &str,
    ) -> Result<Self, String> {
        let from: Address = config
            .from
            .parse()
            .map_err(|e| format!("JOBS_MAIL_FROM does not parse as an address: {e}"))?;
        let id_domain = from.email.domain().to_string();
        Ok(Self {
            mailbox,
            db,
            transport: Transport::new(config, worker.timeout, worker.concurrency)?,
            from,
            planner: Planner {
                signer,
                public_url: public_url.trim_end_matches('/').to_string(),
                id_domain,
            },
            worker,
            stuck: Mutex::new(None),
            planned: Mutex::new(None),
        })
    }

    /// Starts the mailer on the runtime.
    pub fn spawn(self) -> JoinHandle<()> {
        let limits = Limits {
            concurrency: self.worker.concurrency,
            per_employer: self.worker.concurrency.div_ceil(2).max(1),
        };
        crate::worker::spawn(self, limits)
    }

    fn lease_time(&self) -> Duration {
        self.worker.timeout * 2 + Duration::from_secs(5)
    }

    /// Whether to read the outbox now: at the mailer's pace, or at once after a full round.
    /// (Every finished send wakes the worker to lease again; planning need not follow it.)
    fn plan_due(&self) -> bool {
        let planned = self.planned.lock().unwrap_or_else(|p| p.into_inner());
        planned.is_none_or(|(at, full)| full || at.elapsed() >= self.worker.poll.mul_f64(0.9))
    }

    /// Plans the events the outbox added since the checkpoint.
    async fn plan(&self) -> Result<(), DbError> {
        if !self.plan_due() {
            return Ok(());
        }
        let round = self.mailbox.plan_round(PLAN_BATCH).await?;
        let full = round.as_ref().is_some_and(|r| r.events.len() >= PLAN_BATCH);
        *self.planned.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((std::time::Instant::now(), full));
        let Some(round) = round else {
            return Ok(());
        };
        let mut last = None;
        let mut queued = 0;
        for event in &round.events {
            let result = async {
                let mut tx = self.mailbox.begin_for(&self.db, event.employer_id).await?;
                let mails = self.planner.plan(&mut tx, event).await?;
                let n = tx.mail_queue(&mails).await?;
                tx.commit().await?;
                Ok::<usize, DbError>(n)
            }
            .await;
            match result {
                Ok(n) => queued += n,
                Err(e) => {
                    // The database away is never a reason to skip: wait for it.
                    if matches!(e, DbError::Unavailable) {
                        tracing::warn!(event_id = %event.id, error = %e, "planning mail waits for the database");
                        break;
                    }
                    let (tries, failing_for) = {
                        let mut stuck = self.stuck.lock().unwrap_or_else(|p| p.into_inner());
                        let (since, tries) = match *stuck {
                            Some((id, since, t)) if id == event.id => (since, t + 1),
                            _ => (std::time::Instant::now(), 1),
                        };
                        *stuck = Some((event.id, since, tries));
                        (tries, since.elapsed())
                    };
                    if tries < PLAN_TRIES || failing_for < PLAN_GIVE_UP_AFTER {
                        tracing::warn!(event_id = %event.id, error = %e, tries, "planning mail for an event failed; trying again");
                        // Not at once: the next round comes at the mailer's pace.
                        *self.planned.lock().unwrap_or_else(|p| p.into_inner()) =
                            Some((std::time::Instant::now(), false));
                        break;
                    }
                    tracing::error!(event_id = %event.id, error = %e, "planning mail for an event keeps failing; it is skipped");
                    metrics::counter!("jobs_mail_events_skipped_total").increment(1);
                }
            }
            last = Some((event.tx_id, event.id));
        }
        metrics::counter!("jobs_mail_queued_total").increment(queued as u64);
        round.finish(last, queued > 0).await
    }

    /// Folds held messages whose digest time came into one message per member.
    async fn fold_digests(&self) -> Result<(), DbError> {
        for group in self.mailbox.due_digests(DIGEST_BATCH).await? {
            let Some(&first) = group.ids.first() else {
                continue;
            };
            let mut tx = self.mailbox.begin_for(&self.db, group.employer_id).await?;
            let held = tx.mail_held(&group.ids).await?;
            if let Some(digest) = self
                .planner
                .digest(&mut tx, first, &group.recipient_key, &held)
                .await?
            {
                tx.mail_queue(&[digest]).await?;
            }
            tx.mail_digested(&group.ids).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    async fn send(&self, job: &LeasedMail) -> MailOutcome {
        match self.mailbox.start_sending(job.id, self.lease_time()).await {
            Ok(status) if status == "sending" => {}
            Ok(status) if status == "suppressed" => return MailOutcome::Suppressed,
            Ok(_) => return MailOutcome::Skipped,
            Err(e) => {
                // Not marked: the lease runs out and the message is leased again.
                tracing::warn!(error = %e, "marking a message as sending failed");
                return MailOutcome::Skipped;
            }
        }
        let built = match message::build(&self.from, job) {
            Ok(m) => m,
            Err(e) => return MailOutcome::Dead(e),
        };
        let started = std::time::Instant::now();
        // lettre's timeout is per command: the whole transaction stays within the lease.
        let result = match tokio::time::timeout(self.worker.timeout * 2, self.transport.send(built))
            .await
        {
            Ok(r) => r,
            Err(_) => Err(super::transport::SendError {
                transient: true,
                message: "the SMTP transaction took longer than twice JOBS_MAIL_TIMEOUT_MS".into(),
            }),
        };
        metrics::histogram!("jobs_mail_send_seconds").record(started.elapsed().as_secs_f64());
        match result {
            Ok(()) => {
                metrics::counter!("jobs_mail_sent_total").increment(1);
                MailOutcome::Sent
            }
            Err(e) if e.transient && job.retries_left > 0 => {
                metrics::counter!("jobs_mail_failures_total", "kind" => "transient").increment(1);
                let jitter = (OsRng.next_u32() as f64) / (u32::MAX as f64 + 1.0);
                let delay =
                    schedule::delay(job.retries_left, jitter, None, self.worker.retry_scale);
                MailOutcome::RetryAt(retry_at(delay), e.message)
            }
            Err(e) => {
                metrics::counter!("jobs_mail_failures_total", "kind" => "permanent").increment(1);
                tracing::warn!(delivery_id = %job.id, error = %e.message, "a message was not accepted; it is not tried again");
                MailOutcome::Dead(e.message)
            }
        }
    }
}

fn retry_at(delay: Duration) -> DateTime<Utc> {
    Utc::now() + chrono::Duration::from_std(delay).unwrap_or_default()
}

impl Queue for Mailer {
    type Job = LeasedMail;
    type Done = (Uuid, MailOutcome);
    const NAME: &'static str = "mail";
    const IN_FLIGHT_GAUGE: &'static str = "jobs_mail_in_flight";

    fn employer(job: &LeasedMail) -> Uuid {
        job.employer_id
    }

    async fn lease(&self, limit: usize, fair: &FairShare<'_>) -> Result<Vec<LeasedMail>, DbError> {
        if self.plan_due() {
            if let Err(e) = self.fold_digests().await {
                tracing::warn!(error = %e, "folding digests failed");
            }
            if let Err(e) = self.plan().await {
                tracing::warn!(error = %e, "planning mail failed");
            }
        }
        self.mailbox.lease(limit, fair, self.lease_time()).await
    }

    async fn perform(&self, job: LeasedMail) -> (Uuid, MailOutcome) {
        (job.id, self.send(&job).await)
    }

    async fn record(&self, done: Vec<(Uuid, MailOutcome)>) {
        if let Err(e) = self.mailbox.record(&done).await {
            // The messages stay `sending`; their leases run out and they are marked unknown.
            tracing::warn!(error = %e, messages = done.len(), "recording sent mail failed");
        }
    }

    async fn next_due(&self, full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        self.mailbox.next_due(full).await
    }

    async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        self.mailbox.listener().await
    }

    async fn sample(&self) {
        if let Ok((queued, dead)) = self.mailbox.depth().await {
            metrics::gauge!("jobs_mail_queue_depth").set(queued as f64);
            metrics::gauge!("jobs_mail_dead_letters").set(dead as f64);
        }
    }

    fn max_idle(&self) -> Duration {
        // New events arrive without a notification: the outbox is polled at this pace.
        self.worker.poll
    }
}
