from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_explanation_skills_matched_item_found_in_item import (
    MatchExplanationSkillsMatchedItemFoundInItem,
)

T = TypeVar("T", bound="MatchExplanationSkillsMatchedItem")


@_attrs_define
class MatchExplanationSkillsMatchedItem:
    """
    Attributes:
        skill (str): The skill as the job lists it.
        required (bool): Whether the job requires it (else it is nice to have).
        found_in (list[MatchExplanationSkillsMatchedItemFoundInItem]): `profile` (the applicant's listed skills) and/or
            `cv` (the CV's text).
    """

    skill: str
    required: bool
    found_in: list[MatchExplanationSkillsMatchedItemFoundInItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        required = self.required

        found_in = []
        for found_in_item_data in self.found_in:
            found_in_item = found_in_item_data.value
            found_in.append(found_in_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "required": required,
                "found_in": found_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        skill = d.pop("skill")

        required = d.pop("required")

        found_in = []
        _found_in = d.pop("found_in")
        for found_in_item_data in _found_in:
            found_in_item = MatchExplanationSkillsMatchedItemFoundInItem(
                found_in_item_data
            )

            found_in.append(found_in_item)

        match_explanation_skills_matched_item = cls(
            skill=skill,
            required=required,
            found_in=found_in,
        )

        match_explanation_skills_matched_item.additional_properties = d
        return match_explanation_skills_matched_item

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
