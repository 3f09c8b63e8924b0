from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_translation_updated_event_type import JobTranslationUpdatedEventType

if TYPE_CHECKING:
    from ..models.job_translation_event_data import JobTranslationEventData


T = TypeVar("T", bound="JobTranslationUpdatedEvent")


@_attrs_define
class JobTranslationUpdatedEvent:
    """The body of a `job.translation.updated` delivery: A job's translation was added or replaced.

    Attributes:
        type_ (JobTranslationUpdatedEventType): The event type.
        timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
        data (JobTranslationEventData): `job.translation.updated` and `job.translation.deleted`.
    """

    type_: JobTranslationUpdatedEventType
    timestamp: datetime.datetime
    data: JobTranslationEventData
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
        from ..models.job_translation_event_data import JobTranslationEventData

        d = dict(src_dict)
        type_ = JobTranslationUpdatedEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = JobTranslationEventData.from_dict(d.pop("data"))

        job_translation_updated_event = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        job_translation_updated_event.additional_properties = d
        return job_translation_updated_event

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
