from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.application_anonymized_event_data_object import (
    ApplicationAnonymizedEventDataObject,
)

T = TypeVar("T", bound="ApplicationAnonymizedEventData")


@_attrs_define
class ApplicationAnonymizedEventData:
    """`application.anonymized`: retention removed the personal data.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ApplicationAnonymizedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        application_id (UUID): The application.
        retention_days (int): The employer's retention period that ran out.
    """

    id: UUID
    object_: ApplicationAnonymizedEventDataObject
    employer_id: UUID
    application_id: UUID
    retention_days: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        application_id = str(self.application_id)

        retention_days = self.retention_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "application_id": application_id,
                "retention_days": retention_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ApplicationAnonymizedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        application_id = UUID(d.pop("application_id"))

        retention_days = d.pop("retention_days")

        application_anonymized_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            application_id=application_id,
            retention_days=retention_days,
        )

        return application_anonymized_event_data
