from enum import StrEnum


class ApplicantUpdatedEventType(StrEnum):
    APPLICANT_UPDATED = "applicant.updated"

    def __str__(self) -> str:
        return str(self.value)
