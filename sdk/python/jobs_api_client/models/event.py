from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType

if TYPE_CHECKING:
    from ..models.event_data import EventData


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """One of the employer's events: what its webhook delivery carries (`type`, `timestamp`,
    `data`) and its `id` (the deliveries' `webhook-id`). `data` has the members of the type's
    schema under the contract's top-level `webhooks` (for example `JobEventData`).

        Attributes:
            id (UUID): Identifier of the event; the `webhook-id` of its deliveries.
            type_ (WebhookEventType): An event type: what happened. Each has a payload schema under the contract's top-level
                `webhooks`.
            timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
            data (EventData): What happened, by id: the members of the type's data schema under the contract's
                top-level `webhooks` (for example `JobEventData` for `job.*`). Every type has `id` (the
                resource), `object` (its kind: `job`, `application`, `applicant`, `shortlist`,
                `employer`, `webhook_subscription`, `member`) and `employer_id`.
    """

    id: UUID
    type_: WebhookEventType
    timestamp: datetime.datetime
    data: EventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_data import EventData

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = WebhookEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = EventData.from_dict(d.pop("data"))

        event = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        event.additional_properties = d
        return event

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
