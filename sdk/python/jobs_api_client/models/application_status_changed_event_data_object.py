from enum import StrEnum


class ApplicationStatusChangedEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
