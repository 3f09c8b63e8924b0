from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.job_event_data_object import JobEventDataObject
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobEventData")


@_attrs_define
class JobEventData:
    """What a `job.*` event carries: ids, the title and the status, never the description.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (JobEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        job_id (UUID): The job.
        title (str): The job's title.
        status (JobStatus): Publish workflow state.
        version (int): The job's version (its ETag without quotes).
        changed_fields (list[str]): The members that changed (`job.updated`); the status for publish and close.
        locale (str | Unset): The language the job is written in (a BCP 47 tag). Events recorded before languages
            existed lack it.
    """

    id: UUID
    object_: JobEventDataObject
    employer_id: UUID
    job_id: UUID
    title: str
    status: JobStatus
    version: int
    changed_fields: list[str]
    locale: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        job_id = str(self.job_id)

        title = self.title

        status = self.status.value

        version = self.version

        changed_fields = self.changed_fields

        locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "job_id": job_id,
                "title": title,
                "status": status,
                "version": version,
                "changed_fields": changed_fields,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = JobEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        job_id = UUID(d.pop("job_id"))

        title = d.pop("title")

        status = JobStatus(d.pop("status"))

        version = d.pop("version")

        changed_fields = cast(list[str], d.pop("changed_fields"))

        locale = d.pop("locale", UNSET)

        job_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            job_id=job_id,
            title=title,
            status=status,
            version=version,
            changed_fields=changed_fields,
            locale=locale,
        )

        return job_event_data
