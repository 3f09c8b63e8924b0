from enum import StrEnum


class ApplicationStatus(StrEnum):
    HIRED = "hired"
    INTERVIEW = "interview"
    NEW = "new"
    OFFER = "offer"
    REJECTED = "rejected"
    SCREENING = "screening"

    def __str__(self) -> str:
        return str(self.value)
