from enum import StrEnum


class ShortlistEntryUpdatedEventType(StrEnum):
    SHORTLIST_ENTRY_UPDATED = "shortlist.entry.updated"

    def __str__(self) -> str:
        return str(self.value)
