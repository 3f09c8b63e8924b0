from enum import StrEnum


class ApplicationAssignedEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
