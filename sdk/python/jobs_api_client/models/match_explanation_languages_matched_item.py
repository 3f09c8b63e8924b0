from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_explanation_languages_matched_item_found_in_item import (
    MatchExplanationLanguagesMatchedItemFoundInItem,
)

T = TypeVar("T", bound="MatchExplanationLanguagesMatchedItem")


@_attrs_define
class MatchExplanationLanguagesMatchedItem:
    """
    Attributes:
        language (str): The language as the job lists it.
        found_in (list[MatchExplanationLanguagesMatchedItemFoundInItem]): `profile` and/or `cv`.
    """

    language: str
    found_in: list[MatchExplanationLanguagesMatchedItemFoundInItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        found_in = []
        for found_in_item_data in self.found_in:
            found_in_item = found_in_item_data.value
            found_in.append(found_in_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "found_in": found_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        language = d.pop("language")

        found_in = []
        _found_in = d.pop("found_in")
        for found_in_item_data in _found_in:
            found_in_item = MatchExplanationLanguagesMatchedItemFoundInItem(
                found_in_item_data
            )

            found_in.append(found_in_item)

        match_explanation_languages_matched_item = cls(
            language=language,
            found_in=found_in,
        )

        match_explanation_languages_matched_item.additional_properties = d
        return match_explanation_languages_matched_item

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
