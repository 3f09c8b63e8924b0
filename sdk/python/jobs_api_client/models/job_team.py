from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_team_member import JobTeamMember


T = TypeVar("T", bound="JobTeam")


@_attrs_define
class JobTeam:
    """
    Attributes:
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        job_id (UUID): The job.
        members (list[JobTeamMember]): The team, hiring managers first.
        updated_at (datetime.datetime | None | Unset): When it last changed; `null` if never.
    """

    etag: str
    job_id: UUID
    members: list[JobTeamMember]
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        job_id = str(self.job_id)

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "job_id": job_id,
                "members": members,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_team_member import JobTeamMember

        d = dict(src_dict)
        etag = d.pop("etag")

        job_id = UUID(d.pop("job_id"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = JobTeamMember.from_dict(members_item_data)

            members.append(members_item)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        job_team = cls(
            etag=etag,
            job_id=job_id,
            members=members,
            updated_at=updated_at,
        )

        job_team.additional_properties = d
        return job_team

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
