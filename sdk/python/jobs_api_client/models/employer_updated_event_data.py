from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.employer_updated_event_data_object import EmployerUpdatedEventDataObject

T = TypeVar("T", bound="EmployerUpdatedEventData")


@_attrs_define
class EmployerUpdatedEventData:
    """`employer.updated`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (EmployerUpdatedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        changed_fields (list[str]): The members that changed.
        version (int): The employer's version after the change.
    """

    id: UUID
    object_: EmployerUpdatedEventDataObject
    employer_id: UUID
    changed_fields: list[str]
    version: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        changed_fields = self.changed_fields

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "changed_fields": changed_fields,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = EmployerUpdatedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        changed_fields = cast(list[str], d.pop("changed_fields"))

        version = d.pop("version")

        employer_updated_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            changed_fields=changed_fields,
            version=version,
        )

        return employer_updated_event_data
