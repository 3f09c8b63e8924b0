from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsTotals")


@_attrs_define
class AnalyticsTotals:
    """The report's totals.

    Attributes:
        views (int): Views of the jobs' public pages (public API reads, careers pages, widget opens), without bots, HEAD
            requests or revalidations.
        unique_visitors (int): Visitors counted once per job and day.
        applications (int): Applications made in the range.
        screening (int): Of those, how many reached screening.
        interview (int): Of those, how many reached an interview.
        offer (int): Of those, how many reached an offer.
        hired (int): Of those, how many were hired.
        rejected (int): Of those, how many were rejected.
        offers_accepted (int): Applications moved from `offer` to `hired`.
        hire_ratio (float | None): hired / applications (`null` without applications).
        offer_acceptance_ratio (float | None): offers_accepted / offer (`null` without offers).
    """

    views: int
    unique_visitors: int
    applications: int
    screening: int
    interview: int
    offer: int
    hired: int
    rejected: int
    offers_accepted: int
    hire_ratio: float | None
    offer_acceptance_ratio: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        views = self.views

        unique_visitors = self.unique_visitors

        applications = self.applications

        screening = self.screening

        interview = self.interview

        offer = self.offer

        hired = self.hired

        rejected = self.rejected

        offers_accepted = self.offers_accepted

        hire_ratio: float | None
        hire_ratio = self.hire_ratio

        offer_acceptance_ratio: float | None
        offer_acceptance_ratio = self.offer_acceptance_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "views": views,
                "unique_visitors": unique_visitors,
                "applications": applications,
                "screening": screening,
                "interview": interview,
                "offer": offer,
                "hired": hired,
                "rejected": rejected,
                "offers_accepted": offers_accepted,
                "hire_ratio": hire_ratio,
                "offer_acceptance_ratio": offer_acceptance_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        views = d.pop("views")

        unique_visitors = d.pop("unique_visitors")

        applications = d.pop("applications")

        screening = d.pop("screening")

        interview = d.pop("interview")

        offer = d.pop("offer")

        hired = d.pop("hired")

        rejected = d.pop("rejected")

        offers_accepted = d.pop("offers_accepted")

        def _parse_hire_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        hire_ratio = _parse_hire_ratio(d.pop("hire_ratio"))

        def _parse_offer_acceptance_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        offer_acceptance_ratio = _parse_offer_acceptance_ratio(
            d.pop("offer_acceptance_ratio")
        )

        analytics_totals = cls(
            views=views,
            unique_visitors=unique_visitors,
            applications=applications,
            screening=screening,
            interview=interview,
            offer=offer,
            hired=hired,
            rejected=rejected,
            offers_accepted=offers_accepted,
            hire_ratio=hire_ratio,
            offer_acceptance_ratio=offer_acceptance_ratio,
        )

        analytics_totals.additional_properties = d
        return analytics_totals

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
