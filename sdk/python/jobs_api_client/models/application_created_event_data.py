from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_created_event_data_object import (
    ApplicationCreatedEventDataObject,
)
from ..models.application_source import ApplicationSource
from ..models.application_status import ApplicationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationCreatedEventData")


@_attrs_define
class ApplicationCreatedEventData:
    """`application.created`: ids, status and source (no name or e-mail).

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicationCreatedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        application_id (UUID): The application.
        job_id (UUID): The job.
        applicant_id (UUID): The employer's applicant.
        status (ApplicationStatus): Hiring pipeline stage; `hired` and `rejected` are final.
        source (ApplicationSource): Where an application came from: `public` (the public apply operation, by default),
            `careers_page` (the hosted careers site's form), `widget` (the embeddable job board),
            or `internal` (added by a recruiter).
        utm_source (str | Unset): The `utm_source` of the link the person followed, when there was one.
        locale (str | Unset): The language the person applied in (a BCP 47 tag), when the application says; the e-mails
            to them use it.
    """

    id: UUID
    object_: ApplicationCreatedEventDataObject
    employer_id: UUID
    application_id: UUID
    job_id: UUID
    applicant_id: UUID
    status: ApplicationStatus
    source: ApplicationSource
    utm_source: str | Unset = UNSET
    locale: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        application_id = str(self.application_id)

        job_id = str(self.job_id)

        applicant_id = str(self.applicant_id)

        status = self.status.value

        source = self.source.value

        utm_source = self.utm_source

        locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "application_id": application_id,
                "job_id": job_id,
                "applicant_id": applicant_id,
                "status": status,
                "source": source,
            }
        )
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicationCreatedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        application_id = UUID(d.pop("application_id"))

        job_id = UUID(d.pop("job_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        status = ApplicationStatus(d.pop("status"))

        source = ApplicationSource(d.pop("source"))

        utm_source = d.pop("utm_source", UNSET)

        locale = d.pop("locale", UNSET)

        application_created_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            application_id=application_id,
            job_id=job_id,
            applicant_id=applicant_id,
            status=status,
            source=source,
            utm_source=utm_source,
            locale=locale,
        )

        return application_created_event_data
