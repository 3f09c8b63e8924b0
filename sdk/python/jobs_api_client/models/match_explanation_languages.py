from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.match_explanation_languages_matched_item import (
        MatchExplanationLanguagesMatchedItem,
    )


T = TypeVar("T", bound="MatchExplanationLanguages")


@_attrs_define
class MatchExplanationLanguages:
    """The job's languages the applicant has, and those missing.

    Attributes:
        matched (list[MatchExplanationLanguagesMatchedItem]): Languages of the job the applicant lists or the CV names.
        missing (list[str]): Languages of the job not found.
    """

    matched: list[MatchExplanationLanguagesMatchedItem]
    missing: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched = []
        for matched_item_data in self.matched:
            matched_item = matched_item_data.to_dict()
            matched.append(matched_item)

        missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matched": matched,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.match_explanation_languages_matched_item import (
            MatchExplanationLanguagesMatchedItem,
        )

        d = dict(src_dict)
        matched = []
        _matched = d.pop("matched")
        for matched_item_data in _matched:
            matched_item = MatchExplanationLanguagesMatchedItem.from_dict(
                matched_item_data
            )

            matched.append(matched_item)

        missing = cast(list[str], d.pop("missing"))

        match_explanation_languages = cls(
            matched=matched,
            missing=missing,
        )

        match_explanation_languages.additional_properties = d
        return match_explanation_languages

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
