from enum import StrEnum


class JobTeamUpdatedEventDataObject(StrEnum):
    JOB = "job"

    def __str__(self) -> str:
        return str(self.value)
