from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.apply_source import ApplySource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent import Consent


T = TypeVar("T", bound="ApplicationSubmission")


@_attrs_define
class ApplicationSubmission:
    """
    Attributes:
        name (str): Not blank (U+0085 counts as blank too).
        email (str): E-mail address; one applicant per address and employer.
        consent (Consent): Consent to the processing of personal data, as the person gave it.
        phone (str | Unset): Phone number with optional country code, digits, spaces, brackets and dashes.
        cover_letter (str | Unset): The cover letter as text.
        cv_upload_id (UUID | Unset): A verified upload with purpose `cv`.
        cover_letter_upload_id (UUID | Unset): A verified upload with purpose `cover_letter`.
        cv_url (str | Unset): A link to the CV elsewhere (http or https only).
        links (list[str] | Unset): Profiles or portfolio links (http or https only).
        skills (list[str] | Unset): Skills, as plain names; matched case- and accent-insensitively.
        languages (list[str] | Unset): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        captcha_token (str | Unset): Token from the CAPTCHA or attestation widget, when the server requires one.
        source (ApplySource | Unset): Where a public application is sent from (default `public`): `careers_page` or
            `widget` for those frontends.
        locale (str | Unset): The language the person applied in (BCP 47, such as `en` or `dv`); the e-mails about the
            application use it. The careers page sends the page's language.
        utm_source (str | Unset): The `utm_source` of the link the person followed (a campaign, a partner board),
            recorded with a first application: 1–100 characters, no control characters.
        website (str | Unset): Honeypot for bots; leave it out or empty.
    """

    name: str
    email: str
    consent: Consent
    phone: str | Unset = UNSET
    cover_letter: str | Unset = UNSET
    cv_upload_id: UUID | Unset = UNSET
    cover_letter_upload_id: UUID | Unset = UNSET
    cv_url: str | Unset = UNSET
    links: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    captcha_token: str | Unset = UNSET
    source: ApplySource | Unset = UNSET
    locale: str | Unset = UNSET
    utm_source: str | Unset = UNSET
    website: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        consent = self.consent.to_dict()

        phone = self.phone

        cover_letter = self.cover_letter

        cv_upload_id: str | Unset = UNSET
        if not isinstance(self.cv_upload_id, Unset):
            cv_upload_id = str(self.cv_upload_id)

        cover_letter_upload_id: str | Unset = UNSET
        if not isinstance(self.cover_letter_upload_id, Unset):
            cover_letter_upload_id = str(self.cover_letter_upload_id)

        cv_url = self.cv_url

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        captcha_token = self.captcha_token

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        locale = self.locale

        utm_source = self.utm_source

        website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "email": email,
                "consent": consent,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cover_letter is not UNSET:
            field_dict["cover_letter"] = cover_letter
        if cv_upload_id is not UNSET:
            field_dict["cv_upload_id"] = cv_upload_id
        if cover_letter_upload_id is not UNSET:
            field_dict["cover_letter_upload_id"] = cover_letter_upload_id
        if cv_url is not UNSET:
            field_dict["cv_url"] = cv_url
        if links is not UNSET:
            field_dict["links"] = links
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if captcha_token is not UNSET:
            field_dict["captcha_token"] = captcha_token
        if source is not UNSET:
            field_dict["source"] = source
        if locale is not UNSET:
            field_dict["locale"] = locale
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consent import Consent

        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        consent = Consent.from_dict(d.pop("consent"))

        phone = d.pop("phone", UNSET)

        cover_letter = d.pop("cover_letter", UNSET)

        _cv_upload_id = d.pop("cv_upload_id", UNSET)
        cv_upload_id: UUID | Unset
        if isinstance(_cv_upload_id, Unset):
            cv_upload_id = UNSET
        else:
            cv_upload_id = UUID(_cv_upload_id)

        _cover_letter_upload_id = d.pop("cover_letter_upload_id", UNSET)
        cover_letter_upload_id: UUID | Unset
        if isinstance(_cover_letter_upload_id, Unset):
            cover_letter_upload_id = UNSET
        else:
            cover_letter_upload_id = UUID(_cover_letter_upload_id)

        cv_url = d.pop("cv_url", UNSET)

        links = cast(list[str], d.pop("links", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        captcha_token = d.pop("captcha_token", UNSET)

        _source = d.pop("source", UNSET)
        source: ApplySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ApplySource(_source)

        locale = d.pop("locale", UNSET)

        utm_source = d.pop("utm_source", UNSET)

        website = d.pop("website", UNSET)

        application_submission = cls(
            name=name,
            email=email,
            consent=consent,
            phone=phone,
            cover_letter=cover_letter,
            cv_upload_id=cv_upload_id,
            cover_letter_upload_id=cover_letter_upload_id,
            cv_url=cv_url,
            links=links,
            skills=skills,
            languages=languages,
            captcha_token=captcha_token,
            source=source,
            locale=locale,
            utm_source=utm_source,
            website=website,
        )

        return application_submission
