from enum import StrEnum


class ShortlistReplacedEventType(StrEnum):
    SHORTLIST_REPLACED = "shortlist.replaced"

    def __str__(self) -> str:
        return str(self.value)
