from enum import StrEnum


class ApplicationCommentEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
