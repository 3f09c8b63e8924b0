from enum import StrEnum


class EmployerUpdatedEventDataObject(StrEnum):
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return str(self.value)
