from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_status import ApplicationStatus
from ..models.application_status_changed_event_data_object import (
    ApplicationStatusChangedEventDataObject,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationStatusChangedEventData")


@_attrs_define
class ApplicationStatusChangedEventData:
    """`application.status.changed`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicationStatusChangedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        application_id (UUID): The application.
        job_id (UUID): The job.
        applicant_id (UUID): The employer's applicant.
        from_ (ApplicationStatus): Hiring pipeline stage; `hired` and `rejected` are final.
        to (ApplicationStatus): Hiring pipeline stage; `hired` and `rejected` are final.
        rejection_reason_id (UUID | Unset): When rejected for a reason: the reason's id.
        rejection_reason (str | Unset): When rejected for a reason: its label at the time.
    """

    id: UUID
    object_: ApplicationStatusChangedEventDataObject
    employer_id: UUID
    application_id: UUID
    job_id: UUID
    applicant_id: UUID
    from_: ApplicationStatus
    to: ApplicationStatus
    rejection_reason_id: UUID | Unset = UNSET
    rejection_reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        application_id = str(self.application_id)

        job_id = str(self.job_id)

        applicant_id = str(self.applicant_id)

        from_ = self.from_.value

        to = self.to.value

        rejection_reason_id: str | Unset = UNSET
        if not isinstance(self.rejection_reason_id, Unset):
            rejection_reason_id = str(self.rejection_reason_id)

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "application_id": application_id,
                "job_id": job_id,
                "applicant_id": applicant_id,
                "from": from_,
                "to": to,
            }
        )
        if rejection_reason_id is not UNSET:
            field_dict["rejection_reason_id"] = rejection_reason_id
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicationStatusChangedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        application_id = UUID(d.pop("application_id"))

        job_id = UUID(d.pop("job_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        from_ = ApplicationStatus(d.pop("from"))

        to = ApplicationStatus(d.pop("to"))

        _rejection_reason_id = d.pop("rejection_reason_id", UNSET)
        rejection_reason_id: UUID | Unset
        if isinstance(_rejection_reason_id, Unset):
            rejection_reason_id = UNSET
        else:
            rejection_reason_id = UUID(_rejection_reason_id)

        rejection_reason = d.pop("rejection_reason", UNSET)

        application_status_changed_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            application_id=application_id,
            job_id=job_id,
            applicant_id=applicant_id,
            from_=from_,
            to=to,
            rejection_reason_id=rejection_reason_id,
            rejection_reason=rejection_reason,
        )

        return application_status_changed_event_data
