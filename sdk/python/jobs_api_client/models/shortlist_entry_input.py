from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortlistEntryInput")


@_attrs_define
class ShortlistEntryInput:
    """
    Attributes:
        applicant_id (UUID): The applicant (of the same employer).
        rank (int | Unset): Position (1 first); entries without a rank follow ranked ones.
        score (int | Unset): A recruiter's score from 0 to 100.
        notes (str | Unset): The recruiters' notes on this entry.
    """

    applicant_id: UUID
    rank: int | Unset = UNSET
    score: int | Unset = UNSET
    notes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        applicant_id = str(self.applicant_id)

        rank = self.rank

        score = self.score

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "applicant_id": applicant_id,
            }
        )
        if rank is not UNSET:
            field_dict["rank"] = rank
        if score is not UNSET:
            field_dict["score"] = score
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        applicant_id = UUID(d.pop("applicant_id"))

        rank = d.pop("rank", UNSET)

        score = d.pop("score", UNSET)

        notes = d.pop("notes", UNSET)

        shortlist_entry_input = cls(
            applicant_id=applicant_id,
            rank=rank,
            score=score,
            notes=notes,
        )

        return shortlist_entry_input
