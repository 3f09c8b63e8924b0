from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_record import ConsentRecord


T = TypeVar("T", bound="ApplicationSnapshot")


@_attrs_define
class ApplicationSnapshot:
    """What a person submitted with a public application, as they wrote it.

    Attributes:
        name (None | str): The person's full name.
        email (None | str): E-mail address; one applicant per address and employer.
        phone (None | str): Phone number with optional country code, digits, spaces, brackets and dashes.
        skills (list[str]): Skills, as plain names; matched case- and accent-insensitively.
        languages (list[str]): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        links (list[str]): Profiles or portfolio links (http or https only).
        cv_upload_id (None | UUID): A verified upload with purpose `cv` of the same employer.
        cv_url (None | str): A link to the CV elsewhere (http or https only).
        consent (ConsentRecord | None): The data-processing consent the person gave.
        cover_letter_upload_id (None | Unset | UUID): A verified upload with purpose `cover_letter` of the same
            employer.
    """

    name: None | str
    email: None | str
    phone: None | str
    skills: list[str]
    languages: list[str]
    links: list[str]
    cv_upload_id: None | UUID
    cv_url: None | str
    consent: ConsentRecord | None
    cover_letter_upload_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_record import ConsentRecord

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        skills = self.skills

        languages = self.languages

        links = self.links

        cv_upload_id: None | str
        if isinstance(self.cv_upload_id, UUID):
            cv_upload_id = str(self.cv_upload_id)
        else:
            cv_upload_id = self.cv_upload_id

        cv_url: None | str
        cv_url = self.cv_url

        consent: dict[str, Any] | None
        if isinstance(self.consent, ConsentRecord):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        cover_letter_upload_id: None | str | Unset
        if isinstance(self.cover_letter_upload_id, Unset):
            cover_letter_upload_id = UNSET
        elif isinstance(self.cover_letter_upload_id, UUID):
            cover_letter_upload_id = str(self.cover_letter_upload_id)
        else:
            cover_letter_upload_id = self.cover_letter_upload_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "phone": phone,
                "skills": skills,
                "languages": languages,
                "links": links,
                "cv_upload_id": cv_upload_id,
                "cv_url": cv_url,
                "consent": consent,
            }
        )
        if cover_letter_upload_id is not UNSET:
            field_dict["cover_letter_upload_id"] = cover_letter_upload_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consent_record import ConsentRecord

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        skills = cast(list[str], d.pop("skills"))

        languages = cast(list[str], d.pop("languages"))

        links = cast(list[str], d.pop("links"))

        def _parse_cv_upload_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cv_upload_id_type_0 = UUID(data)

                return cv_upload_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cv_upload_id = _parse_cv_upload_id(d.pop("cv_upload_id"))

        def _parse_cv_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cv_url = _parse_cv_url(d.pop("cv_url"))

        def _parse_consent(data: object) -> ConsentRecord | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = ConsentRecord.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentRecord | None, data)

        consent = _parse_consent(d.pop("consent"))

        def _parse_cover_letter_upload_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cover_letter_upload_id_type_0 = UUID(data)

                return cover_letter_upload_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cover_letter_upload_id = _parse_cover_letter_upload_id(
            d.pop("cover_letter_upload_id", UNSET)
        )

        application_snapshot = cls(
            name=name,
            email=email,
            phone=phone,
            skills=skills,
            languages=languages,
            links=links,
            cv_upload_id=cv_upload_id,
            cv_url=cv_url,
            consent=consent,
            cover_letter_upload_id=cover_letter_upload_id,
        )

        application_snapshot.additional_properties = d
        return application_snapshot

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
