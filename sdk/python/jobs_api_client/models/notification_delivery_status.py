from enum import StrEnum


class NotificationDeliveryStatus(StrEnum):
    DEAD = "dead"
    DIGESTED = "digested"
    FAILED = "failed"
    HELD = "held"
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    SUPPRESSED = "suppressed"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
