from enum import StrEnum


class ApplicationSort(StrEnum):
    MATCH = "match"
    NEWEST = "newest"

    def __str__(self) -> str:
        return str(self.value)
