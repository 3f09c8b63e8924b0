from enum import StrEnum


class ApplicationSubmissionAddedEventType(StrEnum):
    APPLICATION_SUBMISSION_ADDED = "application.submission.added"

    def __str__(self) -> str:
        return str(self.value)
