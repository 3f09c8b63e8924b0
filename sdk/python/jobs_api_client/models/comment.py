from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comment_format import CommentFormat

if TYPE_CHECKING:
    from ..models.comment_revision import CommentRevision
    from ..models.member_summary import MemberSummary


T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A team member's comment on an application. Never shown to applicants.

    Attributes:
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        id (UUID): Identifier of the comment.
        application_id (UUID): The application.
        author (MemberSummary): A member, briefly.
        body (str): The text as written.
        body_format (CommentFormat): `plain` text, or `markdown` (CommonMark with tables and strikethrough; raw HTML is
            escaped).
        body_html (str): `body` as sanitized HTML, safe to show as it is.
        mentions (list[MemberSummary]): The members mentioned.
        history (list[CommentRevision]): The texts this comment had before its edits, newest first.
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        edited_at (datetime.datetime | None): When its author last edited it; `null` if never.
    """

    etag: str
    id: UUID
    application_id: UUID
    author: MemberSummary
    body: str
    body_format: CommentFormat
    body_html: str
    mentions: list[MemberSummary]
    history: list[CommentRevision]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    edited_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        application_id = str(self.application_id)

        author = self.author.to_dict()

        body = self.body

        body_format = self.body_format.value

        body_html = self.body_html

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        edited_at: None | str
        if isinstance(self.edited_at, datetime.datetime):
            edited_at = self.edited_at.isoformat()
        else:
            edited_at = self.edited_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "application_id": application_id,
                "author": author,
                "body": body,
                "body_format": body_format,
                "body_html": body_html,
                "mentions": mentions,
                "history": history,
                "created_at": created_at,
                "updated_at": updated_at,
                "edited_at": edited_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.comment_revision import CommentRevision
        from ..models.member_summary import MemberSummary

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        application_id = UUID(d.pop("application_id"))

        author = MemberSummary.from_dict(d.pop("author"))

        body = d.pop("body")

        body_format = CommentFormat(d.pop("body_format"))

        body_html = d.pop("body_html")

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = MemberSummary.from_dict(mentions_item_data)

            mentions.append(mentions_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = CommentRevision.from_dict(history_item_data)

            history.append(history_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_edited_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edited_at_type_0 = datetime.datetime.fromisoformat(data)

                return edited_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        edited_at = _parse_edited_at(d.pop("edited_at"))

        comment = cls(
            etag=etag,
            id=id,
            application_id=application_id,
            author=author,
            body=body,
            body_format=body_format,
            body_html=body_html,
            mentions=mentions,
            history=history,
            created_at=created_at,
            updated_at=updated_at,
            edited_at=edited_at,
        )

        comment.additional_properties = d
        return comment

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
