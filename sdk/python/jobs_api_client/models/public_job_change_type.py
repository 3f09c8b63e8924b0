from enum import StrEnum


class PublicJobChangeType(StrEnum):
    CLOSED = "closed"
    PUBLISHED = "published"
    REMOVED = "removed"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
