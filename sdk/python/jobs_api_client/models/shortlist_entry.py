from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicant_summary import ApplicantSummary


T = TypeVar("T", bound="ShortlistEntry")


@_attrs_define
class ShortlistEntry:
    """
    Attributes:
        applicant_id (UUID): The applicant (of the same employer).
        applicant (ApplicantSummary): The applicant; `name` and `email` are `null` once the person was erased.
        added_by (str): The `sub` of who added the entry.
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        rank (int | None | Unset): Position in the shortlist (1 first); unranked entries follow.
        score (int | None | Unset): A recruiter's score from 0 to 100.
        notes (None | str | Unset): The recruiters' notes on this entry.
    """

    applicant_id: UUID
    applicant: ApplicantSummary
    added_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    rank: int | None | Unset = UNSET
    score: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applicant_id = str(self.applicant_id)

        applicant = self.applicant.to_dict()

        added_by = self.added_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicant_id": applicant_id,
                "applicant": applicant,
                "added_by": added_by,
                "created_at": created_at,
                "updated_at": updated_at,
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
        from ..models.applicant_summary import ApplicantSummary

        d = dict(src_dict)
        applicant_id = UUID(d.pop("applicant_id"))

        applicant = ApplicantSummary.from_dict(d.pop("applicant"))

        added_by = d.pop("added_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        shortlist_entry = cls(
            applicant_id=applicant_id,
            applicant=applicant,
            added_by=added_by,
            created_at=created_at,
            updated_at=updated_at,
            rank=rank,
            score=score,
            notes=notes,
        )

        shortlist_entry.additional_properties = d
        return shortlist_entry

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
