from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectionReasonInput")


@_attrs_define
class RejectionReasonInput:
    """
    Attributes:
        label (str): The reason, as recruiters read it; not blank.
        id (UUID | Unset): A reason of the current list, to keep its id; omit it for a new reason.
    """

    label: str
    id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        rejection_reason_input = cls(
            label=label,
            id=id,
        )

        return rejection_reason_input
