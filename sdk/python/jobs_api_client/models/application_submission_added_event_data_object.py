from enum import StrEnum


class ApplicationSubmissionAddedEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
