from enum import StrEnum


class TeamRole(StrEnum):
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    RECRUITER = "recruiter"

    def __str__(self) -> str:
        return str(self.value)
