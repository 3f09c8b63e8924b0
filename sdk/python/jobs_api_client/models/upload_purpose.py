from enum import StrEnum


class UploadPurpose(StrEnum):
    COVER_LETTER = "cover_letter"
    CV = "cv"
    LOGO = "logo"

    def __str__(self) -> str:
        return str(self.value)
