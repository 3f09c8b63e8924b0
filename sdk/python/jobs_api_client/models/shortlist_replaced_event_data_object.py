from enum import StrEnum


class ShortlistReplacedEventDataObject(StrEnum):
    SHORTLIST = "shortlist"

    def __str__(self) -> str:
        return str(self.value)
