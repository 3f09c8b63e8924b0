from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_team_member_input import JobTeamMemberInput


T = TypeVar("T", bound="JobTeamReplace")


@_attrs_define
class JobTeamReplace:
    """
    Attributes:
        members (list[JobTeamMemberInput]): The whole new team; a member may appear once.
    """

    members: list[JobTeamMemberInput]

    def to_dict(self) -> dict[str, Any]:
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_team_member_input import JobTeamMemberInput

        d = dict(src_dict)
        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = JobTeamMemberInput.from_dict(members_item_data)

            members.append(members_item)

        job_team_replace = cls(
            members=members,
        )

        return job_team_replace
