from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employer_settings import EmployerSettings


T = TypeVar("T", bound="EmployerUpdate")


@_attrs_define
class EmployerUpdate:
    """
    Attributes:
        name (str | Unset): The employer's name.
        website (None | str | Unset): The employer's website (http or https only).
        logo_url (None | str | Unset): The employer's logo (http or https only).
        brand_color (None | str | Unset): Brand colour for careers pages, `#rrggbb`.
        about (None | str | Unset): About the employer, shown on its careers page: plain text, escaped when shown
            (`about_html`).
        slug (None | str | Unset): The careers page's address (admins). Lower-case letters, digits and single hyphens,
            1–50 characters; `409` when another employer holds or held it. The previous slug
            keeps redirecting here. `null` takes the careers page down.
        logo_upload_id (None | Unset | UUID): A verified upload of this employer with purpose `logo` (`422` otherwise);
            `null` removes the logo.
        settings (EmployerSettings | Unset): Employer-wide settings.
    """

    name: str | Unset = UNSET
    website: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    brand_color: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    logo_upload_id: None | Unset | UUID = UNSET
    settings: EmployerSettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        logo_upload_id: None | str | Unset
        if isinstance(self.logo_upload_id, Unset):
            logo_upload_id = UNSET
        elif isinstance(self.logo_upload_id, UUID):
            logo_upload_id = str(self.logo_upload_id)
        else:
            logo_upload_id = self.logo_upload_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if website is not UNSET:
            field_dict["website"] = website
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if brand_color is not UNSET:
            field_dict["brand_color"] = brand_color
        if about is not UNSET:
            field_dict["about"] = about
        if slug is not UNSET:
            field_dict["slug"] = slug
        if logo_upload_id is not UNSET:
            field_dict["logo_upload_id"] = logo_upload_id
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.employer_settings import EmployerSettings

        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

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

        _settings = d.pop("settings", UNSET)
        settings: EmployerSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = EmployerSettings.from_dict(_settings)

        employer_update = cls(
            name=name,
            website=website,
            logo_url=logo_url,
            brand_color=brand_color,
            about=about,
            slug=slug,
            logo_upload_id=logo_upload_id,
            settings=settings,
        )

        return employer_update
