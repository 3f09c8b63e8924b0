from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        applicant_id (UUID): An applicant of the caller's employer.
        cover_letter (str | Unset): The cover letter as text.
    """

    applicant_id: UUID
    cover_letter: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        applicant_id = str(self.applicant_id)

        cover_letter = self.cover_letter

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "applicant_id": applicant_id,
            }
        )
        if cover_letter is not UNSET:
            field_dict["cover_letter"] = cover_letter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        applicant_id = UUID(d.pop("applicant_id"))

        cover_letter = d.pop("cover_letter", UNSET)

        application_create = cls(
            applicant_id=applicant_id,
            cover_letter=cover_letter,
        )

        return application_create
