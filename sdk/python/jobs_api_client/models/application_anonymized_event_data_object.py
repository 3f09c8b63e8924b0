from enum import StrEnum


class ApplicationAnonymizedEventDataObject(StrEnum):
    APPLICATION = "application"

    def __str__(self) -> str:
        return str(self.value)
