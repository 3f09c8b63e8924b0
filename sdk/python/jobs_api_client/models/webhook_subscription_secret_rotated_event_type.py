from enum import StrEnum


class WebhookSubscriptionSecretRotatedEventType(StrEnum):
    WEBHOOK_SUBSCRIPTION_SECRET_ROTATED = "webhook_subscription.secret_rotated"

    def __str__(self) -> str:
        return str(self.value)
