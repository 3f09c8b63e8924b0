from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaxonomyTerm")


@_attrs_define
class TaxonomyTerm:
    """
    Attributes:
        slug (str): Normalized identifier of a taxonomy value (lowercase, hyphen-separated).
        label (str): The value as shown to people.
        job_count (int): Published jobs with this value.
    """

    slug: str
    label: str
    job_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        job_count = self.job_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "job_count": job_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        job_count = d.pop("job_count")

        taxonomy_term = cls(
            slug=slug,
            label=label,
            job_count=job_count,
        )

        taxonomy_term.additional_properties = d
        return taxonomy_term

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
