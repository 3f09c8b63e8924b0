from enum import StrEnum


class JobEventDataObject(StrEnum):
    JOB = "job"

    def __str__(self) -> str:
        return str(self.value)
