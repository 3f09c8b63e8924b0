from enum import StrEnum


class ApplicationStatusChangedEventType(StrEnum):
    APPLICATION_STATUS_CHANGED = "application.status.changed"

    def __str__(self) -> str:
        return str(self.value)
