from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.subscription_disabled_event_data_object import (
    SubscriptionDisabledEventDataObject,
)
from ..models.webhook_disabled_reason import WebhookDisabledReason

T = TypeVar("T", bound="SubscriptionDisabledEventData")


@_attrs_define
class SubscriptionDisabledEventData:
    """`webhook_subscription.disabled`: delivered to the employer's other subscriptions.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (SubscriptionDisabledEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        reason (WebhookDisabledReason): `gone`: the endpoint answered `410 Gone`; `failing`: every attempt failed for
            five days.
    """

    id: UUID
    object_: SubscriptionDisabledEventDataObject
    employer_id: UUID
    reason: WebhookDisabledReason

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = SubscriptionDisabledEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        reason = WebhookDisabledReason(d.pop("reason"))

        subscription_disabled_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            reason=reason,
        )

        return subscription_disabled_event_data
