from enum import StrEnum


class ApplicationMatchStatus(StrEnum):
    PENDING = "pending"
    SCORED = "scored"

    def __str__(self) -> str:
        return str(self.value)
