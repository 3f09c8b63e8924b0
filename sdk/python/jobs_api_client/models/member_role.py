from enum import StrEnum


class MemberRole(StrEnum):
    EMPLOYER_ADMIN = "employer_admin"
    RECRUITER = "recruiter"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
