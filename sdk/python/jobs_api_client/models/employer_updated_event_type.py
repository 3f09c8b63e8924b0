from enum import StrEnum


class EmployerUpdatedEventType(StrEnum):
    EMPLOYER_UPDATED = "employer.updated"

    def __str__(self) -> str:
        return str(self.value)
