from enum import StrEnum


class WebhookEventType(StrEnum):
    APPLICANT_CREATED = "applicant.created"
    APPLICANT_ERASED = "applicant.erased"
    APPLICANT_UPDATED = "applicant.updated"
    APPLICATION_ANONYMIZED = "application.anonymized"
    APPLICATION_ASSIGNED = "application.assigned"
    APPLICATION_COMMENT_CREATED = "application.comment.created"
    APPLICATION_COMMENT_DELETED = "application.comment.deleted"
    APPLICATION_COMMENT_UPDATED = "application.comment.updated"
    APPLICATION_CREATED = "application.created"
    APPLICATION_NOTE_ADDED = "application.note.added"
    APPLICATION_STATUS_CHANGED = "application.status.changed"
    APPLICATION_SUBMISSION_ADDED = "application.submission.added"
    EMPLOYER_UPDATED = "employer.updated"
    JOB_CLOSED = "job.closed"
    JOB_CREATED = "job.created"
    JOB_DELETED = "job.deleted"
    JOB_PUBLISHED = "job.published"
    JOB_TEAM_UPDATED = "job.team.updated"
    JOB_UPDATED = "job.updated"
    MEMBER_DEACTIVATED = "member.deactivated"
    MEMBER_UPDATED = "member.updated"
    REJECTION_REASONS_UPDATED = "rejection_reasons.updated"
    SHORTLIST_ENTRY_ADDED = "shortlist.entry.added"
    SHORTLIST_ENTRY_REMOVED = "shortlist.entry.removed"
    SHORTLIST_ENTRY_UPDATED = "shortlist.entry.updated"
    SHORTLIST_REPLACED = "shortlist.replaced"
    WEBHOOK_PING = "webhook.ping"
    WEBHOOK_SUBSCRIPTION_CREATED = "webhook_subscription.created"
    WEBHOOK_SUBSCRIPTION_DELETED = "webhook_subscription.deleted"
    WEBHOOK_SUBSCRIPTION_DISABLED = "webhook_subscription.disabled"
    WEBHOOK_SUBSCRIPTION_SECRET_ROTATED = "webhook_subscription.secret_rotated"

    def __str__(self) -> str:
        return str(self.value)
