from enum import StrEnum


class SubscriptionDisabledEventDataObject(StrEnum):
    WEBHOOK_SUBSCRIPTION = "webhook_subscription"

    def __str__(self) -> str:
        return str(self.value)
