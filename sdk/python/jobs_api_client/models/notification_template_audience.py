from enum import StrEnum


class NotificationTemplateAudience(StrEnum):
    APPLICANT = "applicant"
    MEMBER = "member"

    def __str__(self) -> str:
        return str(self.value)
