from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_choices import NotificationChoices


T = TypeVar("T", bound="NotificationPreferencesReplace")


@_attrs_define
class NotificationPreferencesReplace:
    """
    Attributes:
        preferences (NotificationChoices): A choice per notification kind.
        time_zone (None | str | Unset): An IANA time zone name (`Europe/Paris`); absent or `null` means UTC.
        digest_hour (int | Unset): The hour (0–23) the daily digest is sent; 8 when absent.
    """

    preferences: NotificationChoices
    time_zone: None | str | Unset = UNSET
    digest_hour: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        preferences = self.preferences.to_dict()

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        digest_hour = self.digest_hour

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preferences": preferences,
            }
        )
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if digest_hour is not UNSET:
            field_dict["digest_hour"] = digest_hour

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_choices import NotificationChoices

        d = dict(src_dict)
        preferences = NotificationChoices.from_dict(d.pop("preferences"))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))

        digest_hour = d.pop("digest_hour", UNSET)

        notification_preferences_replace = cls(
            preferences=preferences,
            time_zone=time_zone,
            digest_hour=digest_hour,
        )

        return notification_preferences_replace
