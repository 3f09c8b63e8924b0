from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.comment_format import CommentFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentCreate")


@_attrs_define
class CommentCreate:
    """
    Attributes:
        body (str): The text; not blank.
        body_format (CommentFormat | Unset): `plain` text, or `markdown` (CommonMark with tables and strikethrough; raw
            HTML is escaped).
        mentions (list[UUID] | Unset): Active members of the employer to notify, each once.
    """

    body: str
    body_format: CommentFormat | Unset = UNSET
    mentions: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        body_format: str | Unset = UNSET
        if not isinstance(self.body_format, Unset):
            body_format = self.body_format.value

        mentions: list[str] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = []
            for mentions_item_data in self.mentions:
                mentions_item = str(mentions_item_data)
                mentions.append(mentions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if body_format is not UNSET:
            field_dict["body_format"] = body_format
        if mentions is not UNSET:
            field_dict["mentions"] = mentions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        _body_format = d.pop("body_format", UNSET)
        body_format: CommentFormat | Unset
        if isinstance(_body_format, Unset):
            body_format = UNSET
        else:
            body_format = CommentFormat(_body_format)

        _mentions = d.pop("mentions", UNSET)
        mentions: list[UUID] | Unset = UNSET
        if _mentions is not UNSET:
            mentions = []
            for mentions_item_data in _mentions:
                mentions_item = UUID(mentions_item_data)

                mentions.append(mentions_item)

        comment_create = cls(
            body=body,
            body_format=body_format,
            mentions=mentions,
        )

        return comment_create
