from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.match_explanation_skills_matched_item import (
        MatchExplanationSkillsMatchedItem,
    )
    from ..models.match_explanation_skills_missing_item import (
        MatchExplanationSkillsMissingItem,
    )


T = TypeVar("T", bound="MatchExplanationSkills")


@_attrs_define
class MatchExplanationSkills:
    """The job's skills the applicant has (listed on their record, found in the CV's text) and those missing.

    Attributes:
        matched (list[MatchExplanationSkillsMatchedItem]): Skills of the job the applicant has, and where they were
            found.
        missing (list[MatchExplanationSkillsMissingItem]): Skills of the job found neither on the record nor in the CV.
    """

    matched: list[MatchExplanationSkillsMatchedItem]
    missing: list[MatchExplanationSkillsMissingItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched = []
        for matched_item_data in self.matched:
            matched_item = matched_item_data.to_dict()
            matched.append(matched_item)

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

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
        from ..models.match_explanation_skills_matched_item import (
            MatchExplanationSkillsMatchedItem,
        )
        from ..models.match_explanation_skills_missing_item import (
            MatchExplanationSkillsMissingItem,
        )

        d = dict(src_dict)
        matched = []
        _matched = d.pop("matched")
        for matched_item_data in _matched:
            matched_item = MatchExplanationSkillsMatchedItem.from_dict(
                matched_item_data
            )

            matched.append(matched_item)

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MatchExplanationSkillsMissingItem.from_dict(
                missing_item_data
            )

            missing.append(missing_item)

        match_explanation_skills = cls(
            matched=matched,
            missing=missing,
        )

        match_explanation_skills.additional_properties = d
        return match_explanation_skills

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
