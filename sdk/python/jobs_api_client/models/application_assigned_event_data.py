from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_assigned_event_data_object import (
    ApplicationAssignedEventDataObject,
)

T = TypeVar("T", bound="ApplicationAssignedEventData")


@_attrs_define
class ApplicationAssignedEventData:
    """`application.assigned`: the application was handed to a member, or to nobody.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicationAssignedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        application_id (UUID): The application.
        job_id (UUID): The job.
        applicant_id (UUID): The employer's applicant.
        assignee_id (None | UUID): The member it is assigned to now; `null`: nobody.
        previous_assignee_id (None | UUID): The member it was assigned to before; `null`: nobody.
    """

    id: UUID
    object_: ApplicationAssignedEventDataObject
    employer_id: UUID
    application_id: UUID
    job_id: UUID
    applicant_id: UUID
    assignee_id: None | UUID
    previous_assignee_id: None | UUID

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        application_id = str(self.application_id)

        job_id = str(self.job_id)

        applicant_id = str(self.applicant_id)

        assignee_id: None | str
        if isinstance(self.assignee_id, UUID):
            assignee_id = str(self.assignee_id)
        else:
            assignee_id = self.assignee_id

        previous_assignee_id: None | str
        if isinstance(self.previous_assignee_id, UUID):
            previous_assignee_id = str(self.previous_assignee_id)
        else:
            previous_assignee_id = self.previous_assignee_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "application_id": application_id,
                "job_id": job_id,
                "applicant_id": applicant_id,
                "assignee_id": assignee_id,
                "previous_assignee_id": previous_assignee_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicationAssignedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        application_id = UUID(d.pop("application_id"))

        job_id = UUID(d.pop("job_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        def _parse_assignee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_id_type_0 = UUID(data)

                return assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id"))

        def _parse_previous_assignee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_assignee_id_type_0 = UUID(data)

                return previous_assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        previous_assignee_id = _parse_previous_assignee_id(
            d.pop("previous_assignee_id")
        )

        application_assigned_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            application_id=application_id,
            job_id=job_id,
            applicant_id=applicant_id,
            assignee_id=assignee_id,
            previous_assignee_id=previous_assignee_id,
        )

        return application_assigned_event_data
