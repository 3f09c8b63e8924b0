from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConsentRecord")


@_attrs_define
class ConsentRecord:
    """
    Attributes:
        granted (bool): Must be `true`: the person agrees to the processing of their data.
        granted_at (datetime.datetime): When the person gave consent (set by the server).
        policy_version (str): The version of the privacy policy the person agreed to.
    """

    granted: bool
    granted_at: datetime.datetime
    policy_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granted = self.granted

        granted_at = self.granted_at.isoformat()

        policy_version = self.policy_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granted": granted,
                "granted_at": granted_at,
                "policy_version": policy_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        granted = d.pop("granted")

        granted_at = datetime.datetime.fromisoformat(d.pop("granted_at"))

        policy_version = d.pop("policy_version")

        consent_record = cls(
            granted=granted,
            granted_at=granted_at,
            policy_version=policy_version,
        )

        consent_record.additional_properties = d
        return consent_record

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
