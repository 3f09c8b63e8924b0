from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchHighlights")


@_attrs_define
class SearchHighlights:
    """The hit's title, and about 180 characters of its description around the first match,
    as HTML: the text escaped, each matched word (typos and prefixes included) in
    `<mark>…</mark>`, `…` where the snippet cuts. Safe to insert as HTML as it is.

        Attributes:
            locale (str): The language of the text that matched (the job's own, or one of its translations).
            title (str): The whole title, escaped, matched words marked.
            description (str): A snippet of the description as plain text, escaped, matched words marked.
    """

    locale: str
    title: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locale": locale,
                "title": title,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("locale")

        title = d.pop("title")

        description = d.pop("description")

        search_highlights = cls(
            locale=locale,
            title=title,
            description=description,
        )

        search_highlights.additional_properties = d
        return search_highlights

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
