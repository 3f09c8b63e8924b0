from enum import StrEnum


class JobStatus(StrEnum):
    CLOSED = "closed"
    DRAFT = "draft"
    PUBLISHED = "published"

    def __str__(self) -> str:
        return str(self.value)
