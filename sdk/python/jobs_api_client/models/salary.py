from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.salary_period import SalaryPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Salary")


@_attrs_define
class Salary:
    """A pay range: `min` ≤ `max`, in `currency`, per `period`.

    Attributes:
        currency (str): ISO 4217 currency code.
        period (SalaryPeriod): What a salary amount is per.
        min_ (int | Unset): Lower bound in whole currency units.
        max_ (int | Unset): Upper bound in whole currency units; not below `min`.
    """

    currency: str
    period: SalaryPeriod
    min_: int | Unset = UNSET
    max_: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        period = self.period.value

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "period": period,
            }
        )
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency")

        period = SalaryPeriod(d.pop("period"))

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        salary = cls(
            currency=currency,
            period=period,
            min_=min_,
            max_=max_,
        )

        return salary
