from enum import StrEnum


class ApplicationAnonymizedEventType(StrEnum):
    APPLICATION_ANONYMIZED = "application.anonymized"

    def __str__(self) -> str:
        return str(self.value)
