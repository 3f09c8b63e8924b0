from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_created_event_type import (
    WebhookSubscriptionCreatedEventType,
)

if TYPE_CHECKING:
    from ..models.subscription_created_event_data import SubscriptionCreatedEventData


T = TypeVar("T", bound="WebhookSubscriptionCreatedEvent")


@_attrs_define
class WebhookSubscriptionCreatedEvent:
    """The body of a `webhook_subscription.created` delivery: A webhook subscription was created (a security signal for the
    employer's other endpoints).

        Attributes:
            type_ (WebhookSubscriptionCreatedEventType): The event type.
            timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
            data (SubscriptionCreatedEventData): `webhook_subscription.created`: a new endpoint receives the employer's
                events.
    """

    type_: WebhookSubscriptionCreatedEventType
    timestamp: datetime.datetime
    data: SubscriptionCreatedEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_created_event_data import (
            SubscriptionCreatedEventData,
        )

        d = dict(src_dict)
        type_ = WebhookSubscriptionCreatedEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = SubscriptionCreatedEventData.from_dict(d.pop("data"))

        webhook_subscription_created_event = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        webhook_subscription_created_event.additional_properties = d
        return webhook_subscription_created_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
