from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.member_status import MemberStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberUpdate")


@_attrs_define
class MemberUpdate:
    """
    Attributes:
        display_name (str | Unset): The name to show (wins over the token's `name` from now on).
        email (str | Unset): E-mail address (wins over the token's `email` from now on).
        status (MemberStatus | Unset): `active`, or `deactivated` (the member's tokens no longer work for this
            employer).
    """

    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    status: MemberStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        email = d.pop("email", UNSET)

        _status = d.pop("status", UNSET)
        status: MemberStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MemberStatus(_status)

        member_update = cls(
            display_name=display_name,
            email=email,
            status=status,
        )

        return member_update
