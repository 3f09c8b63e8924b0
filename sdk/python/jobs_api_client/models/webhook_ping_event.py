from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_ping_event_type import WebhookPingEventType

if TYPE_CHECKING:
    from ..models.webhook_ping_event_data import WebhookPingEventData


T = TypeVar("T", bound="WebhookPingEvent")


@_attrs_define
class WebhookPingEvent:
    """The body of a `webhook.ping` delivery: A test event, sent on request to one subscription through the normal delivery
    path.

        Attributes:
            type_ (WebhookPingEventType): The event type.
            timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
            data (WebhookPingEventData): `webhook.ping`: a test event sent to one subscription on request (`:ping`).
    """

    type_: WebhookPingEventType
    timestamp: datetime.datetime
    data: WebhookPingEventData
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
        from ..models.webhook_ping_event_data import WebhookPingEventData

        d = dict(src_dict)
        type_ = WebhookPingEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = WebhookPingEventData.from_dict(d.pop("data"))

        webhook_ping_event = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        webhook_ping_event.additional_properties = d
        return webhook_ping_event

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
