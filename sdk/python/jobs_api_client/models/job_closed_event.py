from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_closed_event_type import JobClosedEventType

if TYPE_CHECKING:
    from ..models.job_event_data import JobEventData


T = TypeVar("T", bound="JobClosedEvent")


@_attrs_define
class JobClosedEvent:
    """The body of a `job.closed` delivery: A job was closed.

    Attributes:
        type_ (JobClosedEventType): The event type.
        timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
        data (JobEventData): What a `job.*` event carries: ids, the title and the status, never the description.
    """

    type_: JobClosedEventType
    timestamp: datetime.datetime
    data: JobEventData
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
        from ..models.job_event_data import JobEventData

        d = dict(src_dict)
        type_ = JobClosedEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = JobEventData.from_dict(d.pop("data"))

        job_closed_event = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        job_closed_event.additional_properties = d
        return job_closed_event

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
