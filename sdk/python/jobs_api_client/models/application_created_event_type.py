from enum import StrEnum


class ApplicationCreatedEventType(StrEnum):
    APPLICATION_CREATED = "application.created"

    def __str__(self) -> str:
        return str(self.value)
