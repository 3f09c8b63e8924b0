from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_explanation_location_fit import MatchExplanationLocationFit

T = TypeVar("T", bound="MatchExplanationLocation")


@_attrs_define
class MatchExplanationLocation:
    """How the place fits.

    Attributes:
        job_location (None | str): The job's location.
        workplace_type (None | str): The job's workplace type.
        fit (MatchExplanationLocationFit): `remote` (anyone fits), `mentioned` (the CV names the place),
            `not_mentioned`, or `not_asked` (the job names no place).
    """

    job_location: None | str
    workplace_type: None | str
    fit: MatchExplanationLocationFit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_location: None | str
        job_location = self.job_location

        workplace_type: None | str
        workplace_type = self.workplace_type

        fit = self.fit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_location": job_location,
                "workplace_type": workplace_type,
                "fit": fit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_job_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_location = _parse_job_location(d.pop("job_location"))

        def _parse_workplace_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workplace_type = _parse_workplace_type(d.pop("workplace_type"))

        fit = MatchExplanationLocationFit(d.pop("fit"))

        match_explanation_location = cls(
            job_location=job_location,
            workplace_type=workplace_type,
            fit=fit,
        )

        match_explanation_location.additional_properties = d
        return match_explanation_location

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
