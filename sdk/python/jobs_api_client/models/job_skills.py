from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSkills")


@_attrs_define
class JobSkills:
    """The skills a job asks for, as plain names (for example `Rust`, `Node.js`): those it
    requires and those nice to have. Applicant matching reads them; a skill listed as
    required is dropped from `nice_to_have`.

        Attributes:
            required (list[str] | Unset): Skills the job requires.
            nice_to_have (list[str] | Unset): Skills that would be nice to have.
    """

    required: list[str] | Unset = UNSET
    nice_to_have: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        nice_to_have: list[str] | Unset = UNSET
        if not isinstance(self.nice_to_have, Unset):
            nice_to_have = self.nice_to_have

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if nice_to_have is not UNSET:
            field_dict["nice_to_have"] = nice_to_have

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        required = cast(list[str], d.pop("required", UNSET))

        nice_to_have = cast(list[str], d.pop("nice_to_have", UNSET))

        job_skills = cls(
            required=required,
            nice_to_have=nice_to_have,
        )

        return job_skills
