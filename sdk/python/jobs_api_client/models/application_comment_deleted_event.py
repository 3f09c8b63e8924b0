from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_comment_deleted_event_type import (
    ApplicationCommentDeletedEventType,
)

if TYPE_CHECKING:
    from ..models.application_comment_event_data import ApplicationCommentEventData


T = TypeVar("T", bound="ApplicationCommentDeletedEvent")


@_attrs_define
class ApplicationCommentDeletedEvent:
    """The body of a `application.comment.deleted` delivery: A comment was deleted (by its author or an admin).

    Attributes:
        type_ (ApplicationCommentDeletedEventType): The event type.
        timestamp (datetime.datetime): When the event happened (RFC 3339, UTC, microseconds).
        data (ApplicationCommentEventData): `application.comment.*` (the comment's text is not in the event: read it
            through the API).
    """

    type_: ApplicationCommentDeletedEventType
    timestamp: datetime.datetime
    data: ApplicationCommentEventData
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
        from ..models.application_comment_event_data import ApplicationCommentEventData

        d = dict(src_dict)
        type_ = ApplicationCommentDeletedEventType(d.pop("type"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        data = ApplicationCommentEventData.from_dict(d.pop("data"))

        application_comment_deleted_event = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        application_comment_deleted_event.additional_properties = d
        return application_comment_deleted_event

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
