from enum import StrEnum


class ShortlistEntryEventDataObject(StrEnum):
    SHORTLIST = "shortlist"

    def __str__(self) -> str:
        return str(self.value)
