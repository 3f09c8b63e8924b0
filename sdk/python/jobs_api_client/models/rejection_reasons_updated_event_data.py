from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.rejection_reasons_updated_event_data_object import (
    RejectionReasonsUpdatedEventDataObject,
)

T = TypeVar("T", bound="RejectionReasonsUpdatedEventData")


@_attrs_define
class RejectionReasonsUpdatedEventData:
    """`rejection_reasons.updated`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (RejectionReasonsUpdatedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        required (bool): Whether rejecting needs a reason.
        reason_count (int): How many reasons the list has.
        version (int): The resource's version after the change.
    """

    id: UUID
    object_: RejectionReasonsUpdatedEventDataObject
    employer_id: UUID
    required: bool
    reason_count: int
    version: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        required = self.required

        reason_count = self.reason_count

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "required": required,
                "reason_count": reason_count,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = RejectionReasonsUpdatedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        required = d.pop("required")

        reason_count = d.pop("reason_count")

        version = d.pop("version")

        rejection_reasons_updated_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            required=required,
            reason_count=reason_count,
            version=version,
        )

        return rejection_reasons_updated_event_data
