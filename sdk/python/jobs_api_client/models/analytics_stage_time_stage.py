from enum import StrEnum


class AnalyticsStageTimeStage(StrEnum):
    INTERVIEW = "interview"
    NEW = "new"
    OFFER = "offer"
    SCREENING = "screening"

    def __str__(self) -> str:
        return str(self.value)
