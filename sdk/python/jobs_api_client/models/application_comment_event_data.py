from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_comment_event_data_object import (
    ApplicationCommentEventDataObject,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationCommentEventData")


@_attrs_define
class ApplicationCommentEventData:
    """`application.comment.*` (the comment's text is not in the event: read it through the API).

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicationCommentEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        application_id (UUID): The application.
        job_id (UUID): The job.
        applicant_id (UUID): The employer's applicant.
        comment_id (UUID): The comment.
        author_id (UUID): The member who wrote it.
        mentions (list[UUID]): The members it mentions.
        changed_fields (list[str] | Unset): The members that changed.
        version (int | Unset): The resource's version after the change.
    """

    id: UUID
    object_: ApplicationCommentEventDataObject
    employer_id: UUID
    application_id: UUID
    job_id: UUID
    applicant_id: UUID
    comment_id: UUID
    author_id: UUID
    mentions: list[UUID]
    changed_fields: list[str] | Unset = UNSET
    version: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        application_id = str(self.application_id)

        job_id = str(self.job_id)

        applicant_id = str(self.applicant_id)

        comment_id = str(self.comment_id)

        author_id = str(self.author_id)

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = str(mentions_item_data)
            mentions.append(mentions_item)

        changed_fields: list[str] | Unset = UNSET
        if not isinstance(self.changed_fields, Unset):
            changed_fields = self.changed_fields

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "application_id": application_id,
                "job_id": job_id,
                "applicant_id": applicant_id,
                "comment_id": comment_id,
                "author_id": author_id,
                "mentions": mentions,
            }
        )
        if changed_fields is not UNSET:
            field_dict["changed_fields"] = changed_fields
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicationCommentEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        application_id = UUID(d.pop("application_id"))

        job_id = UUID(d.pop("job_id"))

        applicant_id = UUID(d.pop("applicant_id"))

        comment_id = UUID(d.pop("comment_id"))

        author_id = UUID(d.pop("author_id"))

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = UUID(mentions_item_data)

            mentions.append(mentions_item)

        changed_fields = cast(list[str], d.pop("changed_fields", UNSET))

        version = d.pop("version", UNSET)

        application_comment_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            application_id=application_id,
            job_id=job_id,
            applicant_id=applicant_id,
            comment_id=comment_id,
            author_id=author_id,
            mentions=mentions,
            changed_fields=changed_fields,
            version=version,
        )

        return application_comment_event_data
