from enum import StrEnum


class ApplicationNoteAddedEventType(StrEnum):
    APPLICATION_NOTE_ADDED = "application.note.added"

    def __str__(self) -> str:
        return str(self.value)
