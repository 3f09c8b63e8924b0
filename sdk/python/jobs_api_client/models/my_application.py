from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus

T = TypeVar("T", bound="MyApplication")


@_attrs_define
class MyApplication:
    """What an applicant may see of their own application: one item per application they
    made with this token. `status` is the application's stage when the application is
    theirs (they applied first, or the employer merged their submission); otherwise it
    stays `new`, as nothing else of another person's application is shown.

        Attributes:
            id (UUID): Identifier of the submission (the receipt's `id`).
            job_id (UUID): The job.
            job_title (str): The job's title.
            employer_name (str): The employer's name.
            status (ApplicationStatus): Hiring pipeline stage; `hired` and `rejected` are final.
            created_at (datetime.datetime): When it was created (RFC 3339, UTC).
    """

    id: UUID
    job_id: UUID
    job_title: str
    employer_name: str
    status: ApplicationStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        job_id = str(self.job_id)

        job_title = self.job_title

        employer_name = self.employer_name

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "job_title": job_title,
                "employer_name": employer_name,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        job_id = UUID(d.pop("job_id"))

        job_title = d.pop("job_title")

        employer_name = d.pop("employer_name")

        status = ApplicationStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        my_application = cls(
            id=id,
            job_id=job_id,
            job_title=job_title,
            employer_name=employer_name,
            status=status,
            created_at=created_at,
        )

        my_application.additional_properties = d
        return my_application

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
