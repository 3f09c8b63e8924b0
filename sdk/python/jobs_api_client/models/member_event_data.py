from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.member_event_data_object import MemberEventDataObject
from ..models.member_status import MemberStatus

T = TypeVar("T", bound="MemberEventData")


@_attrs_define
class MemberEventData:
    """`member.*`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (MemberEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        member_id (UUID): The member.
        status (MemberStatus): `active`, or `deactivated` (the member's tokens no longer work for this employer).
        changed_fields (list[str]): The members that changed.
        version (int): The resource's version after the change.
    """

    id: UUID
    object_: MemberEventDataObject
    employer_id: UUID
    member_id: UUID
    status: MemberStatus
    changed_fields: list[str]
    version: int

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        member_id = str(self.member_id)

        status = self.status.value

        changed_fields = self.changed_fields

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "member_id": member_id,
                "status": status,
                "changed_fields": changed_fields,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = MemberEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        member_id = UUID(d.pop("member_id"))

        status = MemberStatus(d.pop("status"))

        changed_fields = cast(list[str], d.pop("changed_fields"))

        version = d.pop("version")

        member_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            member_id=member_id,
            status=status,
            changed_fields=changed_fields,
            version=version,
        )

        return member_event_data
