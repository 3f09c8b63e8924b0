from enum import StrEnum


class ApplicantErasedEventType(StrEnum):
    APPLICANT_ERASED = "applicant.erased"

    def __str__(self) -> str:
        return str(self.value)
