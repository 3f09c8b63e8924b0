from enum import StrEnum


class JobDeletedEventType(StrEnum):
    JOB_DELETED = "job.deleted"

    def __str__(self) -> str:
        return str(self.value)
