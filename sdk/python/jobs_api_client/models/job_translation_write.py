from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.description_format import DescriptionFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTranslationWrite")


@_attrs_define
class JobTranslationWrite:
    """A job's title and description in one language.

    Attributes:
        title (str): Not blank.
        description (str | Unset): The description in this language (empty when absent).
        description_format (DescriptionFormat | Unset): How `description` is written. `plain`: text; clients escape it,
            so nothing in it is ever
            rendered as markup. `markdown`: stored as written; render it with raw HTML disabled.
            `html`: sanitized when written (an allow-list of formatting tags; links only to
            `http(s)` and `mailto` with `rel="noopener noreferrer nofollow"`; no scripts, styles,
            event handlers, frames or forms); a description longer than 12,000 characters once
            sanitized is `422`.
    """

    title: str
    description: str | Unset = UNSET
    description_format: DescriptionFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        description_format: str | Unset = UNSET
        if not isinstance(self.description_format, Unset):
            description_format = self.description_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if description_format is not UNSET:
            field_dict["description_format"] = description_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description", UNSET)

        _description_format = d.pop("description_format", UNSET)
        description_format: DescriptionFormat | Unset
        if isinstance(_description_format, Unset):
            description_format = UNSET
        else:
            description_format = DescriptionFormat(_description_format)

        job_translation_write = cls(
            title=title,
            description=description,
            description_format=description_format,
        )

        return job_translation_write
