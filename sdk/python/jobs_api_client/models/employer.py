from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employer_settings import EmployerSettings


T = TypeVar("T", bound="Employer")


@_attrs_define
class Employer:
    """
    Attributes:
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        id (UUID): Identifier of the employer.
        name (str): The employer's name.
        settings (EmployerSettings): Employer-wide settings.
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        website (None | str | Unset): The employer's website (http or https only).
        logo_url (None | str | Unset): The employer's logo (http or https only).
        brand_color (None | str | Unset): Brand colour for careers pages, `#rrggbb`.
        about (None | str | Unset): About the employer, shown on its careers page (plain text; blank lines separate
            paragraphs).
        about_html (None | str | Unset): `about` as safe HTML: the text escaped, in paragraphs and lines (no markup
            typed into `about` survives).
        slug (None | str | Unset): The careers page's address: `/careers/{slug}` and `GET /v1/public/employers/{slug}`.
            Lower-case letters, digits and single hyphens, 1–50 characters, unique among
            employers. Earlier slugs keep redirecting to the current one and are never given to
            another employer.
        careers_url (None | str | Unset): The hosted careers page (`null` without a slug or with the page disabled).
        logo_upload_id (None | Unset | UUID): The logo: a verified upload of purpose `logo` (PNG, JPEG or WebP), served
            by the API at `/careers/{slug}/logo`.
        brand_text_color (None | str | Unset): The text colour that reads on `brand_color`: `#ffffff` or `#000000`,
            whichever
            contrasts more (WCAG 2.1 relative luminance); the careers page and the widget use it
            on brand-coloured buttons. `null` without a brand colour.
        brand_contrast (float | None | Unset): The contrast ratio of `brand_text_color` on `brand_color` (at least 4.5:
            WCAG 2.1 AA for normal text).
    """

    etag: str
    id: UUID
    name: str
    settings: EmployerSettings
    created_at: datetime.datetime
    updated_at: datetime.datetime
    website: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    brand_color: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    about_html: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    careers_url: None | str | Unset = UNSET
    logo_upload_id: None | Unset | UUID = UNSET
    brand_text_color: None | str | Unset = UNSET
    brand_contrast: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = self.etag

        id = str(self.id)

        name = self.name

        settings = self.settings.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        brand_color: None | str | Unset
        if isinstance(self.brand_color, Unset):
            brand_color = UNSET
        else:
            brand_color = self.brand_color

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        about_html: None | str | Unset
        if isinstance(self.about_html, Unset):
            about_html = UNSET
        else:
            about_html = self.about_html

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        careers_url: None | str | Unset
        if isinstance(self.careers_url, Unset):
            careers_url = UNSET
        else:
            careers_url = self.careers_url

        logo_upload_id: None | str | Unset
        if isinstance(self.logo_upload_id, Unset):
            logo_upload_id = UNSET
        elif isinstance(self.logo_upload_id, UUID):
            logo_upload_id = str(self.logo_upload_id)
        else:
            logo_upload_id = self.logo_upload_id

        brand_text_color: None | str | Unset
        if isinstance(self.brand_text_color, Unset):
            brand_text_color = UNSET
        else:
            brand_text_color = self.brand_text_color

        brand_contrast: float | None | Unset
        if isinstance(self.brand_contrast, Unset):
            brand_contrast = UNSET
        else:
            brand_contrast = self.brand_contrast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "name": name,
                "settings": settings,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if website is not UNSET:
            field_dict["website"] = website
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if brand_color is not UNSET:
            field_dict["brand_color"] = brand_color
        if about is not UNSET:
            field_dict["about"] = about
        if about_html is not UNSET:
            field_dict["about_html"] = about_html
        if slug is not UNSET:
            field_dict["slug"] = slug
        if careers_url is not UNSET:
            field_dict["careers_url"] = careers_url
        if logo_upload_id is not UNSET:
            field_dict["logo_upload_id"] = logo_upload_id
        if brand_text_color is not UNSET:
            field_dict["brand_text_color"] = brand_text_color
        if brand_contrast is not UNSET:
            field_dict["brand_contrast"] = brand_contrast

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.employer_settings import EmployerSettings

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        settings = EmployerSettings.from_dict(d.pop("settings"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_brand_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_color = _parse_brand_color(d.pop("brand_color", UNSET))

        def _parse_about(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about = _parse_about(d.pop("about", UNSET))

        def _parse_about_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about_html = _parse_about_html(d.pop("about_html", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_careers_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        careers_url = _parse_careers_url(d.pop("careers_url", UNSET))

        def _parse_logo_upload_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                logo_upload_id_type_0 = UUID(data)

                return logo_upload_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        logo_upload_id = _parse_logo_upload_id(d.pop("logo_upload_id", UNSET))

        def _parse_brand_text_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_text_color = _parse_brand_text_color(d.pop("brand_text_color", UNSET))

        def _parse_brand_contrast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        brand_contrast = _parse_brand_contrast(d.pop("brand_contrast", UNSET))

        employer = cls(
            etag=etag,
            id=id,
            name=name,
            settings=settings,
            created_at=created_at,
            updated_at=updated_at,
            website=website,
            logo_url=logo_url,
            brand_color=brand_color,
            about=about,
            about_html=about_html,
            slug=slug,
            careers_url=careers_url,
            logo_upload_id=logo_upload_id,
            brand_text_color=brand_text_color,
            brand_contrast=brand_contrast,
        )

        employer.additional_properties = d
        return employer

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
