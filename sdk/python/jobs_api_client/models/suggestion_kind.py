from enum import StrEnum


class SuggestionKind(StrEnum):
    DEPARTMENT = "department"
    LOCATION = "location"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
