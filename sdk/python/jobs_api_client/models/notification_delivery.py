from enum import StrEnum


class NotificationDelivery(StrEnum):
    DAILY_DIGEST = "daily_digest"
    IMMEDIATE = "immediate"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)
