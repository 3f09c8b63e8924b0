from enum import StrEnum


class JobTranslationEventDataObject(StrEnum):
    JOB = "job"

    def __str__(self) -> str:
        return str(self.value)
