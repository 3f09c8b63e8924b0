from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent import Consent


T = TypeVar("T", bound="ApplicantCreate")


@_attrs_define
class ApplicantCreate:
    """
    Attributes:
        name (str): Not blank (U+0085 counts as blank too).
        email (str): E-mail address; one applicant per address and employer.
        phone (str | Unset): Phone number with optional country code, digits, spaces, brackets and dashes.
        skills (list[str] | Unset): Skills, as plain names; matched case- and accent-insensitively.
        languages (list[str] | Unset): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        cv_upload_id (UUID | Unset): A verified upload with purpose `cv` of the same employer.
        cv_url (str | Unset): A link to the CV elsewhere (http or https only).
        links (list[str] | Unset): Profiles or portfolio links (http or https only).
        consent (Consent | Unset): Consent to the processing of personal data, as the person gave it.
    """

    name: str
    email: str
    phone: str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    cv_upload_id: UUID | Unset = UNSET
    cv_url: str | Unset = UNSET
    links: list[str] | Unset = UNSET
    consent: Consent | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone = self.phone

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        cv_upload_id: str | Unset = UNSET
        if not isinstance(self.cv_upload_id, Unset):
            cv_upload_id = str(self.cv_upload_id)

        cv_url = self.cv_url

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        consent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )
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
        name = d.pop("name")

        email = d.pop("email")

        phone = d.pop("phone", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        _cv_upload_id = d.pop("cv_upload_id", UNSET)
        cv_upload_id: UUID | Unset
        if isinstance(_cv_upload_id, Unset):
            cv_upload_id = UNSET
        else:
            cv_upload_id = UUID(_cv_upload_id)

        cv_url = d.pop("cv_url", UNSET)

        links = cast(list[str], d.pop("links", UNSET))

        _consent = d.pop("consent", UNSET)
        consent: Consent | Unset
        if isinstance(_consent, Unset):
            consent = UNSET
        else:
            consent = Consent.from_dict(_consent)

        applicant_create = cls(
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

        return applicant_create
