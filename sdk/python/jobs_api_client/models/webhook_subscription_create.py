from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event_selector import WebhookEventSelector
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionCreate")


@_attrs_define
class WebhookSubscriptionCreate:
    """
    Attributes:
        url (str): HTTPS endpoint. Plain HTTP, and hosts that are literal private, loopback or
            link-local addresses (or `localhost`), are refused with 422 unless the operator
            allowed the address (`JOBS_WEBHOOK_ALLOWED_CIDRS`). Every delivery checks the
            address it actually connects to again, after DNS.
        events (list[WebhookEventSelector]): The event types (or wildcards) delivered to this endpoint.
        description (str | Unset): A note for the people who manage the subscription.
    """

    url: str
    events: list[WebhookEventSelector]
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WebhookEventSelector(events_item_data)

            events.append(events_item)

        description = d.pop("description", UNSET)

        webhook_subscription_create = cls(
            url=url,
            events=events,
            description=description,
        )

        return webhook_subscription_create
