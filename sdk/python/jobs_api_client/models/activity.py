from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.member_summary import MemberSummary


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One thing that happened to an application.

    Attributes:
        id (UUID): The event's id (as `GET /v1/events` and webhooks carry it).
        type_ (WebhookEventType): An event type: what happened. Each has a payload schema under the contract's top-level
            `webhooks`.
        occurred_at (datetime.datetime): When it happened.
        actor (str): Who acted: the `sub` of their token, `anonymous` for an applicant without one, `system:...` for the
            API itself.
        data (EventData): What happened, by id: the members of the type's data schema under the contract's
            top-level `webhooks` (for example `JobEventData` for `job.*`). Every type has `id` (the
            resource), `object` (its kind: `job`, `application`, `applicant`, `shortlist`,
            `employer`, `webhook_subscription`, `member`) and `employer_id`.
        actor_member (MemberSummary | None | Unset): The member who acted, when a member did.
    """

    id: UUID
    type_: WebhookEventType
    occurred_at: datetime.datetime
    actor: str
    data: EventData
    actor_member: MemberSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.member_summary import MemberSummary

        id = str(self.id)

        type_ = self.type_.value

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        data = self.data.to_dict()

        actor_member: dict[str, Any] | None | Unset
        if isinstance(self.actor_member, Unset):
            actor_member = UNSET
        elif isinstance(self.actor_member, MemberSummary):
            actor_member = self.actor_member.to_dict()
        else:
            actor_member = self.actor_member

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "occurred_at": occurred_at,
                "actor": actor,
                "data": data,
            }
        )
        if actor_member is not UNSET:
            field_dict["actor_member"] = actor_member

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_data import EventData
        from ..models.member_summary import MemberSummary

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = WebhookEventType(d.pop("type"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor = d.pop("actor")

        data = EventData.from_dict(d.pop("data"))

        def _parse_actor_member(data: object) -> MemberSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_member_type_0 = MemberSummary.from_dict(data)

                return actor_member_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberSummary | None | Unset, data)

        actor_member = _parse_actor_member(d.pop("actor_member", UNSET))

        activity = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            actor=actor,
            data=data,
            actor_member=actor_member,
        )

        activity.additional_properties = d
        return activity

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
