from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsPeriod")


@_attrs_define
class AnalyticsPeriod:
    """One period of the series (applications made in it, and how far they got).

    Attributes:
        period_start (datetime.date): The first day of the period (UTC; weeks start on Monday).
        views (int): Views in the period.
        unique_visitors (int): Visitors counted once per job and day.
        applications (int): Applications made in the range.
        screening (int): Of those, how many reached screening.
        interview (int): Of those, how many reached an interview.
        offer (int): Of those, how many reached an offer.
        hired (int): Of those, how many were hired.
        rejected (int): Of those, how many were rejected.
    """

    period_start: datetime.date
    views: int
    unique_visitors: int
    applications: int
    screening: int
    interview: int
    offer: int
    hired: int
    rejected: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        views = self.views

        unique_visitors = self.unique_visitors

        applications = self.applications

        screening = self.screening

        interview = self.interview

        offer = self.offer

        hired = self.hired

        rejected = self.rejected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "views": views,
                "unique_visitors": unique_visitors,
                "applications": applications,
                "screening": screening,
                "interview": interview,
                "offer": offer,
                "hired": hired,
                "rejected": rejected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        views = d.pop("views")

        unique_visitors = d.pop("unique_visitors")

        applications = d.pop("applications")

        screening = d.pop("screening")

        interview = d.pop("interview")

        offer = d.pop("offer")

        hired = d.pop("hired")

        rejected = d.pop("rejected")

        analytics_period = cls(
            period_start=period_start,
            views=views,
            unique_visitors=unique_visitors,
            applications=applications,
            screening=screening,
            interview=interview,
            offer=offer,
            hired=hired,
            rejected=rejected,
        )

        analytics_period.additional_properties = d
        return analytics_period

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
