from enum import StrEnum


class JobTeamUpdatedEventType(StrEnum):
    JOB_TEAM_UPDATED = "job.team.updated"

    def __str__(self) -> str:
        return str(self.value)
