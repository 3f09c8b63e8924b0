from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicationMatchSummary")


@_attrs_define
class ApplicationMatchSummary:
    """An application's advisory match score, as lists show it.

    Attributes:
        score (int): 0–100: how well the application fits the job (advisory).
        method (str): `lexical`, `lexical+semantic` (a sentence model counted) or `external` (the employer's own
            scorer).
        computed_at (datetime.datetime): When it was computed.
    """

    score: int
    method: str
    computed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        method = self.method

        computed_at = self.computed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "method": method,
                "computed_at": computed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        score = d.pop("score")

        method = d.pop("method")

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        application_match_summary = cls(
            score=score,
            method=method,
            computed_at=computed_at,
        )

        application_match_summary.additional_properties = d
        return application_match_summary

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
