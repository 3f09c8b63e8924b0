from enum import StrEnum


class JobTranslationUpdatedEventType(StrEnum):
    JOB_TRANSLATION_UPDATED = "job.translation.updated"

    def __str__(self) -> str:
        return str(self.value)
