from enum import StrEnum


class RejectionReasonsUpdatedEventType(StrEnum):
    REJECTION_REASONS_UPDATED = "rejection_reasons.updated"

    def __str__(self) -> str:
        return str(self.value)
