from enum import StrEnum


class ApplicantUploadPurpose(StrEnum):
    COVER_LETTER = "cover_letter"
    CV = "cv"

    def __str__(self) -> str:
        return str(self.value)
