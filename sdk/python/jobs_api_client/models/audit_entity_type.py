from enum import StrEnum


class AuditEntityType(StrEnum):
    APPLICANT = "applicant"
    APPLICATION = "application"
    EMPLOYER = "employer"
    JOB = "job"
    MEMBER = "member"
    SHORTLIST = "shortlist"
    UPLOAD = "upload"
    WEBHOOK_SUBSCRIPTION = "webhook_subscription"

    def __str__(self) -> str:
        return str(self.value)
