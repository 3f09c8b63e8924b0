from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Unsubscribed")


@_attrs_define
class Unsubscribed:
    """What a one-click unsubscribe did.

    Attributes:
        recipient (str): The address, masked.
        kind (str): The kind of e-mail it no longer receives.
        unsubscribed (bool): Always `true`.
    """

    recipient: str
    kind: str
    unsubscribed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        kind = self.kind

        unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "kind": kind,
                "unsubscribed": unsubscribed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recipient = d.pop("recipient")

        kind = d.pop("kind")

        unsubscribed = d.pop("unsubscribed")

        unsubscribed = cls(
            recipient=recipient,
            kind=kind,
            unsubscribed=unsubscribed,
        )

        unsubscribed.additional_properties = d
        return unsubscribed

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
