from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.job_team_updated_event_data_object import JobTeamUpdatedEventDataObject

T = TypeVar("T", bound="JobTeamUpdatedEventData")


@_attrs_define
class JobTeamUpdatedEventData:
    """`job.team.updated`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (JobTeamUpdatedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        job_id (UUID): The job.
        member_ids (list[UUID]): The team's members after the change.
        version (int): The resource's version after the change.
    """

    id: UUID
    object_: JobTeamUpdatedEventDataObject
    employer_id: UUID
    job_id: UUID
    member_ids: list[UUID]
    version: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        job_id = str(self.job_id)

        member_ids = []
        for member_ids_item_data in self.member_ids:
            member_ids_item = str(member_ids_item_data)
            member_ids.append(member_ids_item)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "job_id": job_id,
                "member_ids": member_ids,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = JobTeamUpdatedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        job_id = UUID(d.pop("job_id"))

        member_ids = []
        _member_ids = d.pop("member_ids")
        for member_ids_item_data in _member_ids:
            member_ids_item = UUID(member_ids_item_data)

            member_ids.append(member_ids_item)

        version = d.pop("version")

        job_team_updated_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            job_id=job_id,
            member_ids=member_ids,
            version=version,
        )

        return job_team_updated_event_data
