from enum import StrEnum


class JobUpdatedEventType(StrEnum):
    JOB_UPDATED = "job.updated"

    def __str__(self) -> str:
        return str(self.value)
