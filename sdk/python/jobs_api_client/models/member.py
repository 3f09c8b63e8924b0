from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role import MemberRole
from ..models.member_status import MemberStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """One person of the employer's team, as the API knows them from their tokens.

    Attributes:
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        id (UUID): Identifier of the member (what `mentions`, `assignee_id` and teams name).
        sub (str): The `sub` of the member's tokens at the identity provider.
        display_name (None | str): The name to show: set by an admin, else the token's `name` claim.
        email (None | str): E-mail address: set by an admin, else the token's `email` claim.
        roles (list[MemberRole]): The employer roles of the member's latest token.
        status (MemberStatus): `active`, or `deactivated` (the member's tokens no longer work for this employer).
        first_seen_at (datetime.datetime): When a token of theirs was first used for this employer.
        last_seen_at (datetime.datetime): When a token of theirs was last used (to within a few minutes).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        deactivated_at (datetime.datetime | None | Unset): When an admin deactivated them; `null` while active.
    """

    etag: str
    id: UUID
    sub: str
    display_name: None | str
    email: None | str
    roles: list[MemberRole]
    status: MemberStatus
    first_seen_at: datetime.datetime
    last_seen_at: datetime.datetime
    updated_at: datetime.datetime
    deactivated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        sub = self.sub

        display_name: None | str
        display_name = self.display_name

        email: None | str
        email = self.email

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        status = self.status.value

        first_seen_at = self.first_seen_at.isoformat()

        last_seen_at = self.last_seen_at.isoformat()

        updated_at = self.updated_at.isoformat()

        deactivated_at: None | str | Unset
        if isinstance(self.deactivated_at, Unset):
            deactivated_at = UNSET
        elif isinstance(self.deactivated_at, datetime.datetime):
            deactivated_at = self.deactivated_at.isoformat()
        else:
            deactivated_at = self.deactivated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "sub": sub,
                "display_name": display_name,
                "email": email,
                "roles": roles,
                "status": status,
                "first_seen_at": first_seen_at,
                "last_seen_at": last_seen_at,
                "updated_at": updated_at,
            }
        )
        if deactivated_at is not UNSET:
            field_dict["deactivated_at"] = deactivated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        sub = d.pop("sub")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = MemberRole(roles_item_data)

            roles.append(roles_item)

        status = MemberStatus(d.pop("status"))

        first_seen_at = datetime.datetime.fromisoformat(d.pop("first_seen_at"))

        last_seen_at = datetime.datetime.fromisoformat(d.pop("last_seen_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_deactivated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deactivated_at_type_0 = datetime.datetime.fromisoformat(data)

                return deactivated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deactivated_at = _parse_deactivated_at(d.pop("deactivated_at", UNSET))

        member = cls(
            etag=etag,
            id=id,
            sub=sub,
            display_name=display_name,
            email=email,
            roles=roles,
            status=status,
            first_seen_at=first_seen_at,
            last_seen_at=last_seen_at,
            updated_at=updated_at,
            deactivated_at=deactivated_at,
        )

        member.additional_properties = d
        return member

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
