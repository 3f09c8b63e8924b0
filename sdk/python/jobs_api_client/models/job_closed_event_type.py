from enum import StrEnum


class JobClosedEventType(StrEnum):
    JOB_CLOSED = "job.closed"

    def __str__(self) -> str:
        return str(self.value)
