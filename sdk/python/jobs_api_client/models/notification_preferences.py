from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notification_choices import NotificationChoices


T = TypeVar("T", bound="NotificationPreferences")


@_attrs_define
class NotificationPreferences:
    """
    Attributes:
        preferences (NotificationChoices): A choice per notification kind.
        time_zone (None | str): The member's time zone (IANA name) for the daily digest; `null` means UTC.
        digest_hour (int): The hour (0–23, in `time_zone`) the daily digest is sent.
        etag (str): The version to send as `If-Match` (`"0"` before the first change).
        updated_at (datetime.datetime | None): When the member last changed them; `null` when never.
    """

    preferences: NotificationChoices
    time_zone: None | str
    digest_hour: int
    etag: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferences = self.preferences.to_dict()

        time_zone: None | str
        time_zone = self.time_zone

        digest_hour = self.digest_hour

        etag = self.etag

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preferences": preferences,
                "time_zone": time_zone,
                "digest_hour": digest_hour,
                "etag": etag,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_choices import NotificationChoices

        d = dict(src_dict)
        preferences = NotificationChoices.from_dict(d.pop("preferences"))

        def _parse_time_zone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        time_zone = _parse_time_zone(d.pop("time_zone"))

        digest_hour = d.pop("digest_hour")

        etag = d.pop("etag")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        notification_preferences = cls(
            preferences=preferences,
            time_zone=time_zone,
            digest_hour=digest_hour,
            etag=etag,
            updated_at=updated_at,
        )

        notification_preferences.additional_properties = d
        return notification_preferences

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
