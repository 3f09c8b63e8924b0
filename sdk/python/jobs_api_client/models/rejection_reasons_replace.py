from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rejection_reason_input import RejectionReasonInput


T = TypeVar("T", bound="RejectionReasonsReplace")


@_attrs_define
class RejectionReasonsReplace:
    """
    Attributes:
        reasons (list[RejectionReasonInput]): The whole new list, in order; labels are unique (ignoring case).
        required (bool | Unset): Whether moving an application to `rejected` needs a `rejection_reason_id` (default
            `false`).
    """

    reasons: list[RejectionReasonInput]
    required: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reasons": reasons,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rejection_reason_input import RejectionReasonInput

        d = dict(src_dict)
        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = RejectionReasonInput.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        required = d.pop("required", UNSET)

        rejection_reasons_replace = cls(
            reasons=reasons,
            required=required,
        )

        return rejection_reasons_replace
