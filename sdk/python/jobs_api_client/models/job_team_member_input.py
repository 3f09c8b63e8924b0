from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.team_role import TeamRole

T = TypeVar("T", bound="JobTeamMemberInput")


@_attrs_define
class JobTeamMemberInput:
    """
    Attributes:
        member_id (UUID): An active member of the employer.
        role (TeamRole): A member's part in hiring for one job.
    """

    member_id: UUID
    role: TeamRole

    def to_dict(self) -> dict[str, Any]:
        member_id = str(self.member_id)

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        member_id = UUID(d.pop("member_id"))

        role = TeamRole(d.pop("role"))

        job_team_member_input = cls(
            member_id=member_id,
            role=role,
        )

        return job_team_member_input
