from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.webhook_ping_event_data_object import WebhookPingEventDataObject

T = TypeVar("T", bound="WebhookPingEventData")


@_attrs_define
class WebhookPingEventData:
    """`webhook.ping`: a test event sent to one subscription on request (`:ping`).

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (WebhookPingEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        message (str): A fixed sentence saying this is a test event.
    """

    id: UUID
    object_: WebhookPingEventDataObject
    employer_id: UUID
    message: str

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = WebhookPingEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        message = d.pop("message")

        webhook_ping_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            message=message,
        )

        return webhook_ping_event_data
