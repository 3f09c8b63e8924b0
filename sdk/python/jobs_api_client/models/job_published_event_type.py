from enum import StrEnum


class JobPublishedEventType(StrEnum):
    JOB_PUBLISHED = "job.published"

    def __str__(self) -> str:
        return str(self.value)
