from enum import StrEnum


class MatchExplanationCv(StrEnum):
    EXTRACTED = "extracted"
    FAILED = "failed"
    NONE = "none"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
