from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MatchExplanationComponentsItem")


@_attrs_define
class MatchExplanationComponentsItem:
    """
    Attributes:
        name (str): `required_skills`, `nice_to_have_skills`, `languages`, `text_relevance`, `location`, `semantic` (or
            an external scorer's own).
        weight (float): Its weight before the applicable weights are scaled to 100.
        fraction (float): How much of it was met, 0–1.
        points (float): Points of the score it gives.
    """

    name: str
    weight: float
    fraction: float
    points: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        weight = self.weight

        fraction = self.fraction

        points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "weight": weight,
                "fraction": fraction,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        weight = d.pop("weight")

        fraction = d.pop("fraction")

        points = d.pop("points")

        match_explanation_components_item = cls(
            name=name,
            weight=weight,
            fraction=fraction,
            points=points,
        )

        match_explanation_components_item.additional_properties = d
        return match_explanation_components_item

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
