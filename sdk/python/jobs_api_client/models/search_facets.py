from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.facet_count import FacetCount


T = TypeVar("T", bound="SearchFacets")


@_attrs_define
class SearchFacets:
    """Counts of the matching jobs by department, location and employment type.

    Attributes:
        departments (list[FacetCount]): Departments among the matches, with counts.
        languages (list[FacetCount]): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        locations (list[FacetCount]): Locations among the matches, with counts.
        employment_types (list[FacetCount]): Employment types among the matches, with counts.
    """

    departments: list[FacetCount]
    languages: list[FacetCount]
    locations: list[FacetCount]
    employment_types: list[FacetCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        departments = []
        for departments_item_data in self.departments:
            departments_item = departments_item_data.to_dict()
            departments.append(departments_item)

        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        employment_types = []
        for employment_types_item_data in self.employment_types:
            employment_types_item = employment_types_item_data.to_dict()
            employment_types.append(employment_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "departments": departments,
                "languages": languages,
                "locations": locations,
                "employment_types": employment_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facet_count import FacetCount

        d = dict(src_dict)
        departments = []
        _departments = d.pop("departments")
        for departments_item_data in _departments:
            departments_item = FacetCount.from_dict(departments_item_data)

            departments.append(departments_item)

        languages = []
        _languages = d.pop("languages")
        for languages_item_data in _languages:
            languages_item = FacetCount.from_dict(languages_item_data)

            languages.append(languages_item)

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = FacetCount.from_dict(locations_item_data)

            locations.append(locations_item)

        employment_types = []
        _employment_types = d.pop("employment_types")
        for employment_types_item_data in _employment_types:
            employment_types_item = FacetCount.from_dict(employment_types_item_data)

            employment_types.append(employment_types_item)

        search_facets = cls(
            departments=departments,
            languages=languages,
            locations=locations,
            employment_types=employment_types,
        )

        search_facets.additional_properties = d
        return search_facets

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
