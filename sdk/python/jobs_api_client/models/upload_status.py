from enum import StrEnum


class UploadStatus(StrEnum):
    DELETED = "deleted"
    PENDING = "pending"
    REJECTED = "rejected"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
