from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_note_added_event_data_object import (
    ApplicationNoteAddedEventDataObject,
)

T = TypeVar("T", bound="ApplicationNoteAddedEventData")


@_attrs_define
class ApplicationNoteAddedEventData:
    """`application.note.added` (the note's text is not in the event).

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicationNoteAddedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        application_id (UUID): The application.
        job_id (UUID): The job.
        applicant_id (UUID): The employer's applicant.
        note_id (UUID): The note (read it through the API).
    """

    id: UUID
    object_: ApplicationNoteAddedEventDataObject
    employer_id: UUID
    application_id: UUID
    job_id: UUID
    applicant_id: UUID
    note_id: UUID

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        application_id = str(self.application_id)

        job_id = str(self.job_id)

        applicant_id = str(self.applicant_id)

        note_id = str(self.note_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "application_id": application_id,
                "job_id": job_id,
                "applicant_id": applicant_id,
                "note_id": note_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicationNoteAddedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        application_id = UUID(d.pop("application_id"))

        job_id = UUID(d.pop("job_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        note_id = UUID(d.pop("note_id"))

        application_note_added_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            application_id=application_id,
            job_id=job_id,
            applicant_id=applicant_id,
            note_id=note_id,
        )

        return application_note_added_event_data
