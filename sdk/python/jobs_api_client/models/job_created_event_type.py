from enum import StrEnum


class JobCreatedEventType(StrEnum):
    JOB_CREATED = "job.created"

    def __str__(self) -> str:
        return str(self.value)
