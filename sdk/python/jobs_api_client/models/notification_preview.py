from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationPreview")


@_attrs_define
class NotificationPreview:
    """A template rendered with sample data.

    Attributes:
        template (str): The template's key.
        locale (str): The language of the wording rendered.
        subject (str): The rendered subject (one line).
        text (str): The rendered plain-text part.
        html (None | str): The rendered, sanitized HTML part; `null` when the template has none.
    """

    template: str
    locale: str
    subject: str
    text: str
    html: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        locale = self.locale

        subject = self.subject

        text = self.text

        html: None | str
        html = self.html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "locale": locale,
                "subject": subject,
                "text": text,
                "html": html,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template = d.pop("template")

        locale = d.pop("locale")

        subject = d.pop("subject")

        text = d.pop("text")

        def _parse_html(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        html = _parse_html(d.pop("html"))

        notification_preview = cls(
            template=template,
            locale=locale,
            subject=subject,
            text=text,
            html=html,
        )

        notification_preview.additional_properties = d
        return notification_preview

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
