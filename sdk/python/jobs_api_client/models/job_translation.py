from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_format import DescriptionFormat
from ..models.job_translation_direction import JobTranslationDirection

T = TypeVar("T", bound="JobTranslation")


@_attrs_define
class JobTranslation:
    """A job's title and description in another language than its own.

    Attributes:
        locale (str): The language (a canonical BCP 47 tag).
        direction (JobTranslationDirection): How the language's text runs: `rtl` for right-to-left scripts such as
            Thaana or Arabic.
        title (str): The title in this language.
        description (str): The description in this language (sanitized when HTML, see `description_format`).
        description_format (DescriptionFormat): How `description` is written. `plain`: text; clients escape it, so
            nothing in it is ever
            rendered as markup. `markdown`: stored as written; render it with raw HTML disabled.
            `html`: sanitized when written (an allow-list of formatting tags; links only to
            `http(s)` and `mailto` with `rel="noopener noreferrer nofollow"`; no scripts, styles,
            event handlers, frames or forms); a description longer than 12,000 characters once
            sanitized is `422`.
        detected_locale (None | str): The language the text seems to be written in when that is confidently not `locale`
            (Thaana script is Dhivehi; other languages by a statistical detector), else `null`.
            A hint to fix a mix-up; the translation is served as tagged.
        etag (str): The translation's ETag: send it as `If-Match` to replace or delete it safely.
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
    """

    locale: str
    direction: JobTranslationDirection
    title: str
    description: str
    description_format: DescriptionFormat
    detected_locale: None | str
    etag: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        direction = self.direction.value

        title = self.title

        description = self.description

        description_format = self.description_format.value

        detected_locale: None | str
        detected_locale = self.detected_locale

        etag = self.etag

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locale": locale,
                "direction": direction,
                "title": title,
                "description": description,
                "description_format": description_format,
                "detected_locale": detected_locale,
                "etag": etag,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("locale")

        direction = JobTranslationDirection(d.pop("direction"))

        title = d.pop("title")

        description = d.pop("description")

        description_format = DescriptionFormat(d.pop("description_format"))

        def _parse_detected_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detected_locale = _parse_detected_locale(d.pop("detected_locale"))

        etag = d.pop("etag")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        job_translation = cls(
            locale=locale,
            direction=direction,
            title=title,
            description=description,
            description_format=description_format,
            detected_locale=detected_locale,
            etag=etag,
            updated_at=updated_at,
        )

        job_translation.additional_properties = d
        return job_translation

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
