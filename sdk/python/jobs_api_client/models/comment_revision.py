from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comment_format import CommentFormat

T = TypeVar("T", bound="CommentRevision")


@_attrs_define
class CommentRevision:
    """A text a comment had before an edit.

    Attributes:
        body (str): The text as it was.
        body_format (CommentFormat): `plain` text, or `markdown` (CommonMark with tables and strikethrough; raw HTML is
            escaped).
        replaced_at (datetime.datetime): When an edit replaced it.
    """

    body: str
    body_format: CommentFormat
    replaced_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        body_format = self.body_format.value

        replaced_at = self.replaced_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "body_format": body_format,
                "replaced_at": replaced_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        body_format = CommentFormat(d.pop("body_format"))

        replaced_at = datetime.datetime.fromisoformat(d.pop("replaced_at"))

        comment_revision = cls(
            body=body,
            body_format=body_format,
            replaced_at=replaced_at,
        )

        comment_revision.additional_properties = d
        return comment_revision

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
