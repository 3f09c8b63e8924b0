from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.notification_delivery import NotificationDelivery
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationChoices")


@_attrs_define
class NotificationChoices:
    """A choice per notification kind.

    Attributes:
        application_created (NotificationDelivery | Unset): How a member receives one kind of notification: at once, in
            a daily digest, or not at all.
        application_comment_mentioned (NotificationDelivery | Unset): How a member receives one kind of notification: at
            once, in a daily digest, or not at all.
        application_assigned (NotificationDelivery | Unset): How a member receives one kind of notification: at once, in
            a daily digest, or not at all.
    """

    application_created: NotificationDelivery | Unset = UNSET
    application_comment_mentioned: NotificationDelivery | Unset = UNSET
    application_assigned: NotificationDelivery | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        application_created: str | Unset = UNSET
        if not isinstance(self.application_created, Unset):
            application_created = self.application_created.value

        application_comment_mentioned: str | Unset = UNSET
        if not isinstance(self.application_comment_mentioned, Unset):
            application_comment_mentioned = self.application_comment_mentioned.value

        application_assigned: str | Unset = UNSET
        if not isinstance(self.application_assigned, Unset):
            application_assigned = self.application_assigned.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if application_created is not UNSET:
            field_dict["application.created"] = application_created
        if application_comment_mentioned is not UNSET:
            field_dict["application.comment.mentioned"] = application_comment_mentioned
        if application_assigned is not UNSET:
            field_dict["application.assigned"] = application_assigned

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _application_created = d.pop("application.created", UNSET)
        application_created: NotificationDelivery | Unset
        if isinstance(_application_created, Unset):
            application_created = UNSET
        else:
            application_created = NotificationDelivery(_application_created)

        _application_comment_mentioned = d.pop("application.comment.mentioned", UNSET)
        application_comment_mentioned: NotificationDelivery | Unset
        if isinstance(_application_comment_mentioned, Unset):
            application_comment_mentioned = UNSET
        else:
            application_comment_mentioned = NotificationDelivery(
                _application_comment_mentioned
            )

        _application_assigned = d.pop("application.assigned", UNSET)
        application_assigned: NotificationDelivery | Unset
        if isinstance(_application_assigned, Unset):
            application_assigned = UNSET
        else:
            application_assigned = NotificationDelivery(_application_assigned)

        notification_choices = cls(
            application_created=application_created,
            application_comment_mentioned=application_comment_mentioned,
            application_assigned=application_assigned,
        )

        return notification_choices
