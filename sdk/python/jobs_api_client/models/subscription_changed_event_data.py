from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.subscription_changed_event_data_object import (
    SubscriptionChangedEventDataObject,
)

T = TypeVar("T", bound="SubscriptionChangedEventData")


@_attrs_define
class SubscriptionChangedEventData:
    """`webhook_subscription.deleted` and `webhook_subscription.secret_rotated`: the subscription's id only.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (SubscriptionChangedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
    """

    id: UUID
    object_: SubscriptionChangedEventDataObject
    employer_id: UUID

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = SubscriptionChangedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        subscription_changed_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
        )

        return subscription_changed_event_data
