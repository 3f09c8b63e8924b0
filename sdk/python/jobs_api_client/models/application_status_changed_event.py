from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status_changed_event_type import (
    ApplicationStatusChangedEventType,
)

if TYPE_CHECKING:
    from ..models.application_status_changed_event_data import (
        ApplicationStatusChangedEventData,
    )


T = TypeVar("T", bound="ApplicationStatusChangedEvent")


@_attrs_define
class ApplicationStatusChangedEvent:
    """The body of a `application.status.changed` delivery: An application moved in the pipeline.

    Attributes:
        type_ (ApplicationStatusChangedEventType): The event type.
        timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
        data (ApplicationStatusChangedEventData): `application.status.changed`.
    """

    type_: ApplicationStatusChangedEventType
    timestamp: datetime.datetime
    data: ApplicationStatusChangedEventData
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
        from ..models.application_status_changed_event_data import (
            ApplicationStatusChangedEventData,
        )

        d = dict(src_dict)
        type_ = ApplicationStatusChangedEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = ApplicationStatusChangedEventData.from_dict(d.pop("data"))

        application_status_changed_event = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        application_status_changed_event.additional_properties = d
        return application_status_changed_event

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
