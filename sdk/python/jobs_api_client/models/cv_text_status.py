from enum import StrEnum


class CvTextStatus(StrEnum):
    EXTRACTED = "extracted"
    FAILED = "failed"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
