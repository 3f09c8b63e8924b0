from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.applicant_event_data_object import ApplicantEventDataObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicantEventData")


@_attrs_define
class ApplicantEventData:
    """What an `applicant.*` event carries: the id and the names of changed members, never personal data.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicantEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        applicant_id (UUID): The applicant.
        changed_fields (list[str]): The members that changed (names only).
        merged_from_application (UUID | Unset): With a merge: the application whose submission was merged.
        merged_from_submission (UUID | Unset): With a merge: the submission merged.
        linked_login (bool | Unset): With a merge: whether the application was linked to the submitter's login.
    """

    id: UUID
    object_: ApplicantEventDataObject
    employer_id: UUID
    applicant_id: UUID
    changed_fields: list[str]
    merged_from_application: UUID | Unset = UNSET
    merged_from_submission: UUID | Unset = UNSET
    linked_login: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        applicant_id = str(self.applicant_id)

        changed_fields = self.changed_fields

        merged_from_application: str | Unset = UNSET
        if not isinstance(self.merged_from_application, Unset):
            merged_from_application = str(self.merged_from_application)

        merged_from_submission: str | Unset = UNSET
        if not isinstance(self.merged_from_submission, Unset):
            merged_from_submission = str(self.merged_from_submission)

        linked_login = self.linked_login

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "applicant_id": applicant_id,
                "changed_fields": changed_fields,
            }
        )
        if merged_from_application is not UNSET:
            field_dict["merged_from_application"] = merged_from_application
        if merged_from_submission is not UNSET:
            field_dict["merged_from_submission"] = merged_from_submission
        if linked_login is not UNSET:
            field_dict["linked_login"] = linked_login

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicantEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        changed_fields = cast(list[str], d.pop("changed_fields"))

        _merged_from_application = d.pop("merged_from_application", UNSET)
        merged_from_application: UUID | Unset
        if isinstance(_merged_from_application, Unset):
            merged_from_application = UNSET
        else:
            merged_from_application = UUID(_merged_from_application)

        _merged_from_submission = d.pop("merged_from_submission", UNSET)
        merged_from_submission: UUID | Unset
        if isinstance(_merged_from_submission, Unset):
            merged_from_submission = UNSET
        else:
            merged_from_submission = UUID(_merged_from_submission)

        linked_login = d.pop("linked_login", UNSET)

        applicant_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            applicant_id=applicant_id,
            changed_fields=changed_fields,
            merged_from_application=merged_from_application,
            merged_from_submission=merged_from_submission,
            linked_login=linked_login,
        )

        return applicant_event_data
