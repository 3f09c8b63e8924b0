from enum import StrEnum


class ApplicationAssignedEventType(StrEnum):
    APPLICATION_ASSIGNED = "application.assigned"

    def __str__(self) -> str:
        return str(self.value)
