from enum import StrEnum


class RejectionReasonsUpdatedEventDataObject(StrEnum):
    EMPLOYER = "employer"

    def __str__(self) -> str:
        return str(self.value)
