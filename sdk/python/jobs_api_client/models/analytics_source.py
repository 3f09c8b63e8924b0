from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_source_source import AnalyticsSourceSource

T = TypeVar("T", bound="AnalyticsSource")


@_attrs_define
class AnalyticsSource:
    """Applications from one source and campaign, and how far they got.

    Attributes:
        source (AnalyticsSourceSource): Where applications were sent from: the hosted careers page, the widget, the
            public API, or added by a recruiter.
        utm_source (None | str): The campaign (`utm_source`) of the link followed; `null` without one.
        applications (int): Applications made in the range.
        screening (int): Of those, how many reached screening.
        interview (int): Of those, how many reached an interview.
        offer (int): Of those, how many reached an offer.
        hired (int): Of those, how many were hired.
        rejected (int): Of those, how many were rejected.
        hire_ratio (float | None): hired / applications (`null` without applications).
    """

    source: AnalyticsSourceSource
    utm_source: None | str
    applications: int
    screening: int
    interview: int
    offer: int
    hired: int
    rejected: int
    hire_ratio: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        utm_source: None | str
        utm_source = self.utm_source

        applications = self.applications

        screening = self.screening

        interview = self.interview

        offer = self.offer

        hired = self.hired

        rejected = self.rejected

        hire_ratio: float | None
        hire_ratio = self.hire_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "utm_source": utm_source,
                "applications": applications,
                "screening": screening,
                "interview": interview,
                "offer": offer,
                "hired": hired,
                "rejected": rejected,
                "hire_ratio": hire_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = AnalyticsSourceSource(d.pop("source"))

        def _parse_utm_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        utm_source = _parse_utm_source(d.pop("utm_source"))

        applications = d.pop("applications")

        screening = d.pop("screening")

        interview = d.pop("interview")

        offer = d.pop("offer")

        hired = d.pop("hired")

        rejected = d.pop("rejected")

        def _parse_hire_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        hire_ratio = _parse_hire_ratio(d.pop("hire_ratio"))

        analytics_source = cls(
            source=source,
            utm_source=utm_source,
            applications=applications,
            screening=screening,
            interview=interview,
            offer=offer,
            hired=hired,
            rejected=rejected,
            hire_ratio=hire_ratio,
        )

        analytics_source.additional_properties = d
        return analytics_source

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
