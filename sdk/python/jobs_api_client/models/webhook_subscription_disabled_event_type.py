from enum import StrEnum


class WebhookSubscriptionDisabledEventType(StrEnum):
    WEBHOOK_SUBSCRIPTION_DISABLED = "webhook_subscription.disabled"

    def __str__(self) -> str:
        return str(self.value)
