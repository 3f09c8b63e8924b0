from enum import StrEnum


class SubscriptionChangedEventDataObject(StrEnum):
    WEBHOOK_SUBSCRIPTION = "webhook_subscription"

    def __str__(self) -> str:
        return str(self.value)
