from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.analytics_source import AnalyticsSource


T = TypeVar("T", bound="AnalyticsSourceReport")


@_attrs_define
class AnalyticsSourceReport:
    """Applications by source and campaign.

    Attributes:
        from_ (datetime.date): First UTC day covered.
        to (datetime.date): Last UTC day covered (included).
        items (list[AnalyticsSource]): Sources and campaigns, most applications first.
    """

    from_: datetime.date
    to: datetime.date
    items: list[AnalyticsSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_source import AnalyticsSource

        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AnalyticsSource.from_dict(items_item_data)

            items.append(items_item)

        analytics_source_report = cls(
            from_=from_,
            to=to,
            items=items,
        )

        analytics_source_report.additional_properties = d
        return analytics_source_report

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
