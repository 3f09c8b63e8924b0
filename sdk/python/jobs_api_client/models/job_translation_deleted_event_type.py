from enum import StrEnum


class JobTranslationDeletedEventType(StrEnum):
    JOB_TRANSLATION_DELETED = "job.translation.deleted"

    def __str__(self) -> str:
        return str(self.value)
