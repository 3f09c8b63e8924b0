from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_translation import JobTranslation


T = TypeVar("T", bound="JobTranslationList")


@_attrs_define
class JobTranslationList:
    """A job's own language and its translations.

    Attributes:
        locale (str): The language the job itself is written in.
        items (list[JobTranslation]): The translations, ordered by tag.
    """

    locale: str
    items: list[JobTranslation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locale": locale,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_translation import JobTranslation

        d = dict(src_dict)
        locale = d.pop("locale")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = JobTranslation.from_dict(items_item_data)

            items.append(items_item)

        job_translation_list = cls(
            locale=locale,
            items=items,
        )

        job_translation_list.additional_properties = d
        return job_translation_list

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
