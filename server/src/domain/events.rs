//! The employer's event types, and how a subscription or a feed reader selects them.

/// Every event type the outbox records, as the contract lists them (`WebhookEventType`, less
/// `webhook.ping`, which is sent on request and never recorded). A test compares this list
/// with the contract.
pub const EVENT_TYPES: &[&str] = &[
    "job.created",
    "job.updated",
    "job.published",
    "job.closed",
    "job.deleted",
    "application.created",
    "application.status.changed",
    "application.note.added",
    "application.anonymized",
    "application.submission.added",
    "applicant.created",
    "applicant.updated",
    "applicant.erased",
    "shortlist.replaced",
    "shortlist.entry.added",
    "shortlist.entry.updated",
    "shortlist.entry.removed",
    "employer.updated",
    "webhook_subscription.disabled",
    "webhook_subscription.created",
    "webhook_subscription.deleted",
    "webhook_subscription.secret_rotated",
    "application.comment.created",
    "application.comment.updated",
    "application.comment.deleted",
    "application.assigned",
    "member.updated",
    "member.deactivated",
    "job.team.updated",
    "rejection_reasons.updated",
    "job.translation.updated",
    "job.translation.deleted",
];

/// The test event `POST /v1/webhooks/subscriptions/{id}:ping` queues.
pub const PING: &str = "webhook.ping";

/// Which event types a selector takes: `*`, a family `a.b.*` (every type starting with
/// `a.b.`), or one type. The same rule as the database's `event_type_selected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selector<'a> {
    All,
    /// The prefix, its final dot included.
    Family(&'a str),
    Exact(&'a str),
}

impl<'a> Selector<'a> {
    pub fn parse(selector: &'a str) -> Self {
        if selector == "*" {
            Selector::All
        } else if let Some(family) = selector.strip_suffix('*').filter(|f| f.ends_with('.')) {
            Selector::Family(family)
        } else {
            Selector::Exact(selector)
        }
    }

    pub fn selects(self, event_type: &str) -> bool {
        match self {
            Selector::All => true,
            Selector::Family(prefix) => event_type.starts_with(prefix),
            Selector::Exact(t) => event_type == t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_take_their_types_only() {
        assert!(Selector::parse("*").selects("job.created"));
        assert!(Selector::parse("application.*").selects("application.status.changed"));
        assert!(!Selector::parse("application.*").selects("applicant.created"));
        assert!(Selector::parse("shortlist.entry.*").selects("shortlist.entry.added"));
        assert!(!Selector::parse("shortlist.entry.*").selects("shortlist.replaced"));
        assert!(Selector::parse("job.created").selects("job.created"));
        assert!(!Selector::parse("job.created").selects("job.created.x"));
        // Every family a selector names covers at least one recorded type.
        for family in [
            "job.*",
            "application.*",
            "applicant.*",
            "webhook_subscription.*",
        ] {
            let s = Selector::parse(family);
            assert!(EVENT_TYPES.iter().any(|t| s.selects(t)), "{family}");
        }
    }
}
