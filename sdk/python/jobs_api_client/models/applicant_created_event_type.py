from enum import StrEnum


class ApplicantCreatedEventType(StrEnum):
    APPLICANT_CREATED = "applicant.created"

    def __str__(self) -> str:
        return str(self.value)
