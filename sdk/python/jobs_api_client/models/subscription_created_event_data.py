from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.subscription_created_event_data_object import (
    SubscriptionCreatedEventDataObject,
)
from ..models.webhook_event_selector import WebhookEventSelector

T = TypeVar("T", bound="SubscriptionCreatedEventData")


@_attrs_define
class SubscriptionCreatedEventData:
    """`webhook_subscription.created`: a new endpoint receives the employer's events.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (SubscriptionCreatedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        events (list[WebhookEventSelector]): The events the new subscription receives.
    """

    id: UUID
    object_: SubscriptionCreatedEventDataObject
    employer_id: UUID
    events: list[WebhookEventSelector]

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = SubscriptionCreatedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WebhookEventSelector(events_item_data)

            events.append(events_item)

        subscription_created_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            events=events,
        )

        return subscription_created_event_data
