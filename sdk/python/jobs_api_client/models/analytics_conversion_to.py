from enum import StrEnum


class AnalyticsConversionTo(StrEnum):
    APPLICATIONS = "applications"
    HIRED = "hired"
    INTERVIEW = "interview"
    OFFER = "offer"
    SCREENING = "screening"

    def __str__(self) -> str:
        return str(self.value)
