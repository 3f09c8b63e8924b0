from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_delivery_status import NotificationDeliveryStatus

T = TypeVar("T", bound="NotificationDeliveryRecord")


@_attrs_define
class NotificationDeliveryRecord:
    """One queued message.

    Attributes:
        id (UUID): Identifier of the message.
        event_id (UUID): The event it is about (for a mention, the comment; for a digest, its first item).
        template (str): The template it was rendered from.
        recipient (str): The recipient's address, masked.
        locale (str): The language it was written in.
        message_id (str): Its `Message-ID` header.
        subject (str): Its subject.
        status (NotificationDeliveryStatus): What became of a queued message.
        attempts (int): How many times it was handed to the mail server.
        last_error (None | str): Why the last attempt failed; `null` when none did.
        created_at (datetime.datetime): When it was queued.
        sent_at (datetime.datetime | None): When the mail server accepted it; `null` until then.
        next_attempt_at (datetime.datetime | None): When it is (next) due; `null` when nothing is left to do.
    """

    id: UUID
    event_id: UUID
    template: str
    recipient: str
    locale: str
    message_id: str
    subject: str
    status: NotificationDeliveryStatus
    attempts: int
    last_error: None | str
    created_at: datetime.datetime
    sent_at: datetime.datetime | None
    next_attempt_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        event_id = str(self.event_id)

        template = self.template

        recipient = self.recipient

        locale = self.locale

        message_id = self.message_id

        subject = self.subject

        status = self.status.value

        attempts = self.attempts

        last_error: None | str
        last_error = self.last_error

        created_at = self.created_at.isoformat()

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_id": event_id,
                "template": template,
                "recipient": recipient,
                "locale": locale,
                "message_id": message_id,
                "subject": subject,
                "status": status,
                "attempts": attempts,
                "last_error": last_error,
                "created_at": created_at,
                "sent_at": sent_at,
                "next_attempt_at": next_attempt_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        event_id = UUID(d.pop("event_id"))

        template = d.pop("template")

        recipient = d.pop("recipient")

        locale = d.pop("locale")

        message_id = d.pop("message_id")

        subject = d.pop("subject")

        status = NotificationDeliveryStatus(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        notification_delivery_record = cls(
            id=id,
            event_id=event_id,
            template=template,
            recipient=recipient,
            locale=locale,
            message_id=message_id,
            subject=subject,
            status=status,
            attempts=attempts,
            last_error=last_error,
            created_at=created_at,
            sent_at=sent_at,
            next_attempt_at=next_attempt_at,
        )

        notification_delivery_record.additional_properties = d
        return notification_delivery_record

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
