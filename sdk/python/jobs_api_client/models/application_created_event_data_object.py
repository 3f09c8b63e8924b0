from enum import StrEnum


class ApplicationCreatedEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
