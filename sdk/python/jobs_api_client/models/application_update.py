from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.application_status import ApplicationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationUpdate")


@_attrs_define
class ApplicationUpdate:
    """
    Attributes:
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are final.
        note (str | Unset): A note to append, authored by the caller; not blank.
    """

    status: ApplicationStatus | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ApplicationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApplicationStatus(_status)

        note = d.pop("note", UNSET)

        application_update = cls(
            status=status,
            note=note,
        )

        return application_update
