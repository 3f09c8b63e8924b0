from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus

T = TypeVar("T", bound="ApplicationReceipt")


@_attrs_define
class ApplicationReceipt:
    """The same for every accepted application: it never says whether the address had applied
    to the job before.

        Attributes:
            id (UUID): Identifier of this submission: for a first application, the application's own id.
                The employer finds the application by either (`GET /v1/applications/{id}`).
            job_id (UUID): The job.
            status (ApplicationStatus): Hiring pipeline stage; `hired` and `rejected` are final.
            created_at (datetime.datetime): When the server received it (RFC 3339, UTC, microseconds).
    """

    id: UUID
    job_id: UUID
    status: ApplicationStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        job_id = str(self.job_id)

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
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

        status = ApplicationStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        application_receipt = cls(
            id=id,
            job_id=job_id,
            status=status,
            created_at=created_at,
        )

        application_receipt.additional_properties = d
        return application_receipt

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
