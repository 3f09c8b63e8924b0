from enum import StrEnum


class ShortlistEntryAddedEventType(StrEnum):
    SHORTLIST_ENTRY_ADDED = "shortlist.entry.added"

    def __str__(self) -> str:
        return str(self.value)
