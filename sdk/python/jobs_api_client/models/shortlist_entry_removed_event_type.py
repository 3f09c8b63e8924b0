from enum import StrEnum


class ShortlistEntryRemovedEventType(StrEnum):
    SHORTLIST_ENTRY_REMOVED = "shortlist.entry.removed"

    def __str__(self) -> str:
        return str(self.value)
