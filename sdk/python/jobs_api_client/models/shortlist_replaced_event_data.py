from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.shortlist_replaced_event_data_object import (
    ShortlistReplacedEventDataObject,
)

T = TypeVar("T", bound="ShortlistReplacedEventData")


@_attrs_define
class ShortlistReplacedEventData:
    """`shortlist.replaced`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (ShortlistReplacedEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        job_id (UUID): The job whose shortlist it is (also `id`).
        entry_count (int): Entries after the replacement.
        version (int): The shortlist's version (its ETag without quotes).
    """

    id: UUID
    object_: ShortlistReplacedEventDataObject
    employer_id: UUID
    job_id: UUID
    entry_count: int
    version: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        job_id = str(self.job_id)

        entry_count = self.entry_count

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "job_id": job_id,
                "entry_count": entry_count,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = ShortlistReplacedEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        job_id = UUID(d.pop("job_id"))

        entry_count = d.pop("entry_count")

        version = d.pop("version")

        shortlist_replaced_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            job_id=job_id,
            entry_count=entry_count,
            version=version,
        )

        return shortlist_replaced_event_data
