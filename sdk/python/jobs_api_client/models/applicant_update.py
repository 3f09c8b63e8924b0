from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent import Consent


T = TypeVar("T", bound="ApplicantUpdate")


@_attrs_define
class ApplicantUpdate:
    """
    Attributes:
        name (str | Unset): Not blank (U+0085 counts as blank too).
        email (str | Unset): E-mail address; one applicant per address and employer.
        phone (None | str | Unset): Phone number with optional country code, digits, spaces, brackets and dashes.
        skills (list[str] | Unset): Skills, as plain names; matched case- and accent-insensitively.
        languages (list[str] | Unset): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        cv_upload_id (None | Unset | UUID): A verified upload with purpose `cv` of the same employer.
        cv_url (None | str | Unset): A link to the CV elsewhere (http or https only).
        links (list[str] | Unset): Profiles or portfolio links (http or https only).
        consent (Consent | Unset): Consent to the processing of personal data, as the person gave it.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    cv_upload_id: None | Unset | UUID = UNSET
    cv_url: None | str | Unset = UNSET
    links: list[str] | Unset = UNSET
    consent: Consent | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        cv_upload_id: None | str | Unset
        if isinstance(self.cv_upload_id, Unset):
            cv_upload_id = UNSET
        elif isinstance(self.cv_upload_id, UUID):
            cv_upload_id = str(self.cv_upload_id)
        else:
            cv_upload_id = self.cv_upload_id

        cv_url: None | str | Unset
        if isinstance(self.cv_url, Unset):
            cv_url = UNSET
        else:
            cv_url = self.cv_url

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        consent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if cv_upload_id is not UNSET:
            field_dict["cv_upload_id"] = cv_upload_id
        if cv_url is not UNSET:
            field_dict["cv_url"] = cv_url
        if links is not UNSET:
            field_dict["links"] = links
        if consent is not UNSET:
            field_dict["consent"] = consent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consent import Consent

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_cv_upload_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cv_upload_id_type_0 = UUID(data)

                return cv_upload_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cv_upload_id = _parse_cv_upload_id(d.pop("cv_upload_id", UNSET))

        def _parse_cv_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cv_url = _parse_cv_url(d.pop("cv_url", UNSET))

        links = cast(list[str], d.pop("links", UNSET))

        _consent = d.pop("consent", UNSET)
        consent: Consent | Unset
        if isinstance(_consent, Unset):
            consent = UNSET
        else:
            consent = Consent.from_dict(_consent)

        applicant_update = cls(
            name=name,
            email=email,
            phone=phone,
            skills=skills,
            languages=languages,
            cv_upload_id=cv_upload_id,
            cv_url=cv_url,
            links=links,
            consent=consent,
        )

        return applicant_update
