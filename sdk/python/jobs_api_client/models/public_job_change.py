from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_job_change_type import PublicJobChangeType

if TYPE_CHECKING:
    from ..models.public_job import PublicJob


T = TypeVar("T", bound="PublicJobChange")


@_attrs_define
class PublicJobChange:
    """One change to a published job.

    Attributes:
        change (PublicJobChangeType): What happened: `published`, `updated`, or the tombstones `closed` and `removed`.
        job_id (UUID): Identifier of the job.
        employer_id (UUID): Identifier of the job's employer.
        changed_at (datetime.datetime): When the change committed.
        job (None | PublicJob): The job as it is now, for `published` and `updated`; `null` for tombstones.
    """

    change: PublicJobChangeType
    job_id: UUID
    employer_id: UUID
    changed_at: datetime.datetime
    job: None | PublicJob
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_job import PublicJob

        change = self.change.value

        job_id = str(self.job_id)

        employer_id = str(self.employer_id)

        changed_at = self.changed_at.isoformat()

        job: dict[str, Any] | None
        if isinstance(self.job, PublicJob):
            job = self.job.to_dict()
        else:
            job = self.job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "job_id": job_id,
                "employer_id": employer_id,
                "changed_at": changed_at,
                "job": job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.public_job import PublicJob

        d = dict(src_dict)
        change = PublicJobChangeType(d.pop("change"))

        job_id = UUID(d.pop("job_id"))

        employer_id = UUID(d.pop("employer_id"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        def _parse_job(data: object) -> None | PublicJob:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = PublicJob.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicJob, data)

        job = _parse_job(d.pop("job"))

        public_job_change = cls(
            change=change,
            job_id=job_id,
            employer_id=employer_id,
            changed_at=changed_at,
            job=job,
        )

        public_job_change.additional_properties = d
        return public_job_change

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
