from enum import StrEnum


class WebhookSubscriptionDeletedEventType(StrEnum):
    WEBHOOK_SUBSCRIPTION_DELETED = "webhook_subscription.deleted"

    def __str__(self) -> str:
        return str(self.value)
