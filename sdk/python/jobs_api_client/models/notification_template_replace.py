from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTemplateReplace")


@_attrs_define
class NotificationTemplateReplace:
    """
    Attributes:
        enabled (bool): Whether the template is sent.
        subject (str | Unset): The subject (a minijinja template); with `text`.
        text (str | Unset): The plain-text part (a minijinja template); with `subject`.
        html (str | Unset): The HTML part (a minijinja template; auto-escaped, then sanitized); needs `subject` and
            `text`.
    """

    enabled: bool
    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    html: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        subject = self.subject

        text = self.text

        html = self.html

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
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
        enabled = d.pop("enabled")

        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        html = d.pop("html", UNSET)

        notification_template_replace = cls(
            enabled=enabled,
            subject=subject,
            text=text,
            html=html,
        )

        return notification_template_replace
