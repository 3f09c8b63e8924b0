from enum import StrEnum


class AnalyticsConversionFrom(StrEnum):
    APPLICATIONS = "applications"
    INTERVIEW = "interview"
    OFFER = "offer"
    SCREENING = "screening"
    VIEWS = "views"

    def __str__(self) -> str:
        return str(self.value)
