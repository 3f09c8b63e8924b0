from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_conversion_from import AnalyticsConversionFrom
from ..models.analytics_conversion_to import AnalyticsConversionTo

T = TypeVar("T", bound="AnalyticsConversion")


@_attrs_define
class AnalyticsConversion:
    """How many of one step reached the next.

    Attributes:
        from_ (AnalyticsConversionFrom): The step counted from.
        to (AnalyticsConversionTo): The step reached.
        rate (float | None): to / from (`null` when `from` is 0). Views to applications can exceed 1 (an API client
            applies without a view).
    """

    from_: AnalyticsConversionFrom
    to: AnalyticsConversionTo
    rate: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.value

        to = self.to.value

        rate: float | None
        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = AnalyticsConversionFrom(d.pop("from"))

        to = AnalyticsConversionTo(d.pop("to"))

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        analytics_conversion = cls(
            from_=from_,
            to=to,
            rate=rate,
        )

        analytics_conversion.additional_properties = d
        return analytics_conversion

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
