from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion_kind import SuggestionKind

T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """A completion for a search box.

    Attributes:
        kind (SuggestionKind): What the text is: a job title, a department or a location.
        text (str): The value as published jobs spell it (search for it with `q`).
        highlighted (str): `text` as HTML: escaped, the words that matched in `<mark>`.
        count (int): How many published jobs have this title, department or location.
    """

    kind: SuggestionKind
    text: str
    highlighted: str
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        text = self.text

        highlighted = self.highlighted

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "text": text,
                "highlighted": highlighted,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = SuggestionKind(d.pop("kind"))

        text = d.pop("text")

        highlighted = d.pop("highlighted")

        count = d.pop("count")

        suggestion = cls(
            kind=kind,
            text=text,
            highlighted=highlighted,
            count=count,
        )

        suggestion.additional_properties = d
        return suggestion

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
