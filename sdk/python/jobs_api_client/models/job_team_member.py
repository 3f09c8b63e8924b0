from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_role import TeamRole

if TYPE_CHECKING:
    from ..models.member_summary import MemberSummary


T = TypeVar("T", bound="JobTeamMember")


@_attrs_define
class JobTeamMember:
    """
    Attributes:
        member (MemberSummary): A member, briefly.
        role (TeamRole): A member's part in hiring for one job.
        added_at (datetime.datetime): When they joined the team.
    """

    member: MemberSummary
    role: TeamRole
    added_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member.to_dict()

        role = self.role.value

        added_at = self.added_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "role": role,
                "added_at": added_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member_summary import MemberSummary

        d = dict(src_dict)
        member = MemberSummary.from_dict(d.pop("member"))

        role = TeamRole(d.pop("role"))

        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        job_team_member = cls(
            member=member,
            role=role,
            added_at=added_at,
        )

        job_team_member.additional_properties = d
        return job_team_member

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
