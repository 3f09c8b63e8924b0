from enum import StrEnum


class ApplicantEventDataObject(StrEnum):
    APPLICANT = "applicant"

    def __str__(self) -> str:
        return str(self.value)
