from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

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
        assignee_id (None | Unset | UUID): Assign the application to this active member of the employer; `null`
            unassigns it. Records `application.assigned`.
        rejection_reason_id (UUID | Unset): With `status: rejected` only: one of the employer's rejection reasons
            (required when the employer says so, see `GET /v1/rejection-reasons`).
    """

    status: ApplicationStatus | Unset = UNSET
    note: str | Unset = UNSET
    assignee_id: None | Unset | UUID = UNSET
    rejection_reason_id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        note = self.note

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        elif isinstance(self.assignee_id, UUID):
            assignee_id = str(self.assignee_id)
        else:
            assignee_id = self.assignee_id

        rejection_reason_id: str | Unset = UNSET
        if not isinstance(self.rejection_reason_id, Unset):
            rejection_reason_id = str(self.rejection_reason_id)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if rejection_reason_id is not UNSET:
            field_dict["rejection_reason_id"] = rejection_reason_id

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

        def _parse_assignee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_id_type_0 = UUID(data)

                return assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

        _rejection_reason_id = d.pop("rejection_reason_id", UNSET)
        rejection_reason_id: UUID | Unset
        if isinstance(_rejection_reason_id, Unset):
            rejection_reason_id = UNSET
        else:
            rejection_reason_id = UUID(_rejection_reason_id)

        application_update = cls(
            status=status,
            note=note,
            assignee_id=assignee_id,
            rejection_reason_id=rejection_reason_id,
        )

        return application_update
