from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.shortlist_entry_event_data_object import ShortlistEntryEventDataObject

T = TypeVar("T", bound="ShortlistEntryEventData")


@_attrs_define
class ShortlistEntryEventData:
    """`shortlist.entry.added`, `updated` and `removed`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ShortlistEntryEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        job_id (UUID): The job whose shortlist it is (also `id`).
        applicant_id (UUID): The applicant of the entry.
        version (int): The shortlist's version after the change.
    """

    id: UUID
    object_: ShortlistEntryEventDataObject
    employer_id: UUID
    job_id: UUID
    applicant_id: UUID
    version: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        job_id = str(self.job_id)

        applicant_id = str(self.applicant_id)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "job_id": job_id,
                "applicant_id": applicant_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ShortlistEntryEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        job_id = UUID(d.pop("job_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        version = d.pop("version")

        shortlist_entry_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            job_id=job_id,
            applicant_id=applicant_id,
            version=version,
        )

        return shortlist_entry_event_data
