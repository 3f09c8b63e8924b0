from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPreviewRequest")


@_attrs_define
class NotificationPreviewRequest:
    """
    Attributes:
        locale (str | Unset): The language to preview (`en` when absent).
        subject (str | Unset): A draft subject (with `text`).
        text (str | Unset): A draft plain-text part (with `subject`).
        html (str | Unset): A draft HTML part.
    """

    locale: str | Unset = UNSET
    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    html: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        subject = self.subject

        text = self.text

        html = self.html

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if locale is not UNSET:
            field_dict["locale"] = locale
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("locale", UNSET)

        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        html = d.pop("html", UNSET)

        notification_preview_request = cls(
            locale=locale,
            subject=subject,
            text=text,
            html=html,
        )

        return notification_preview_request
