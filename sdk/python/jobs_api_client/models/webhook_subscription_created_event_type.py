from enum import StrEnum


class WebhookSubscriptionCreatedEventType(StrEnum):
    WEBHOOK_SUBSCRIPTION_CREATED = "webhook_subscription.created"

    def __str__(self) -> str:
        return str(self.value)
