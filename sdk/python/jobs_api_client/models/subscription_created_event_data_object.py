from enum import StrEnum


class SubscriptionCreatedEventDataObject(StrEnum):
    WEBHOOK_SUBSCRIPTION = "webhook_subscription"

    def __str__(self) -> str:
        return str(self.value)
