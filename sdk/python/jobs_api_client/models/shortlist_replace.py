from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.shortlist_entry_input import ShortlistEntryInput


T = TypeVar("T", bound="ShortlistReplace")


@_attrs_define
class ShortlistReplace:
    """
    Attributes:
        entries (list[ShortlistEntryInput]): The whole new list; an applicant may appear once.
    """

    entries: list[ShortlistEntryInput]

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entries": entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.shortlist_entry_input import ShortlistEntryInput

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ShortlistEntryInput.from_dict(entries_item_data)

            entries.append(entries_item)

        shortlist_replace = cls(
            entries=entries,
        )

        return shortlist_replace
