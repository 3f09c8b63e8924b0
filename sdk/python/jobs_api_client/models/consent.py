from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Consent")


@_attrs_define
class Consent:
    """Consent to the processing of personal data, as the person gave it.

    Attributes:
        granted (bool): The person agreed to the processing of their data.
        policy_version (str): Version of the privacy policy agreed to.
    """

    granted: bool
    policy_version: str

    def to_dict(self) -> dict[str, Any]:
        granted = self.granted

        policy_version = self.policy_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "granted": granted,
                "policy_version": policy_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        granted = d.pop("granted")

        policy_version = d.pop("policy_version")

        consent = cls(
            granted=granted,
            policy_version=policy_version,
        )

        return consent
