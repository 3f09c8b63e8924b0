from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_template_audience import NotificationTemplateAudience

T = TypeVar("T", bound="NotificationTemplate")


@_attrs_define
class NotificationTemplate:
    """A notification template in one language.

    Attributes:
        template (str): The template's key (the `{event}` of its routes).
        locale (str): The language of this wording (BCP 47).
        audience (NotificationTemplateAudience): Who receives it.
        description (str): When it is sent.
        enabled (bool): Whether it is sent.
        custom (bool): `true`: the employer's wording; `false`: the built-in one.
        subject (str): The subject template.
        text (str): The plain-text part's template.
        html (None | str): The HTML part's template; `null`: text only.
        variables (list[str]): The variables a template may use.
        etag (str): The version to send as `If-Match` when changing it (`"0"` before it was first stored).
        updated_at (datetime.datetime | None): When the employer last changed it; `null` for the built-in template.
    """

    template: str
    locale: str
    audience: NotificationTemplateAudience
    description: str
    enabled: bool
    custom: bool
    subject: str
    text: str
    html: None | str
    variables: list[str]
    etag: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        locale = self.locale

        audience = self.audience.value

        description = self.description

        enabled = self.enabled

        custom = self.custom

        subject = self.subject

        text = self.text

        html: None | str
        html = self.html

        variables = self.variables

        etag = self.etag

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "locale": locale,
                "audience": audience,
                "description": description,
                "enabled": enabled,
                "custom": custom,
                "subject": subject,
                "text": text,
                "html": html,
                "variables": variables,
                "etag": etag,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template = d.pop("template")

        locale = d.pop("locale")

        audience = NotificationTemplateAudience(d.pop("audience"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        custom = d.pop("custom")

        subject = d.pop("subject")

        text = d.pop("text")

        def _parse_html(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        html = _parse_html(d.pop("html"))

        variables = cast(list[str], d.pop("variables"))

        etag = d.pop("etag")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        notification_template = cls(
            template=template,
            locale=locale,
            audience=audience,
            description=description,
            enabled=enabled,
            custom=custom,
            subject=subject,
            text=text,
            html=html,
            variables=variables,
            etag=etag,
            updated_at=updated_at,
        )

        notification_template.additional_properties = d
        return notification_template

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
