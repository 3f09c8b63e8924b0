from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicEmployer")


@_attrs_define
class PublicEmployer:
    """An employer as its careers page shows it.

    Attributes:
        id (UUID): Identifier of the employer.
        slug (str): The current slug.
        name (str): The employer's name.
        website (None | str): The employer's website (http or https only).
        logo_url (None | str): The uploaded logo, served by this API (`null` without one).
        brand_color (None | str): Brand colour, `#rrggbb`.
        brand_text_color (None | str): `#ffffff` or `#000000`: the text colour that reads on `brand_color`.
        about_html (None | str): About the employer, sanitized HTML.
        careers_url (str): The hosted careers page.
        published_jobs (int): How many jobs the employer has published.
    """

    id: UUID
    slug: str
    name: str
    website: None | str
    logo_url: None | str
    brand_color: None | str
    brand_text_color: None | str
    about_html: None | str
    careers_url: str
    published_jobs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        slug = self.slug

        name = self.name

        website: None | str
        website = self.website

        logo_url: None | str
        logo_url = self.logo_url

        brand_color: None | str
        brand_color = self.brand_color

        brand_text_color: None | str
        brand_text_color = self.brand_text_color

        about_html: None | str
        about_html = self.about_html

        careers_url = self.careers_url

        published_jobs = self.published_jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
                "website": website,
                "logo_url": logo_url,
                "brand_color": brand_color,
                "brand_text_color": brand_text_color,
                "about_html": about_html,
                "careers_url": careers_url,
                "published_jobs": published_jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_url = _parse_logo_url(d.pop("logo_url"))

        def _parse_brand_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brand_color = _parse_brand_color(d.pop("brand_color"))

        def _parse_brand_text_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brand_text_color = _parse_brand_text_color(d.pop("brand_text_color"))

        def _parse_about_html(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        about_html = _parse_about_html(d.pop("about_html"))

        careers_url = d.pop("careers_url")

        published_jobs = d.pop("published_jobs")

        public_employer = cls(
            id=id,
            slug=slug,
            name=name,
            website=website,
            logo_url=logo_url,
            brand_color=brand_color,
            brand_text_color=brand_text_color,
            about_html=about_html,
            careers_url=careers_url,
            published_jobs=published_jobs,
        )

        public_employer.additional_properties = d
        return public_employer

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
