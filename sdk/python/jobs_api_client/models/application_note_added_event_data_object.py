from enum import StrEnum


class ApplicationNoteAddedEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
