from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_record import ConsentRecord


T = TypeVar("T", bound="Applicant")


@_attrs_define
class Applicant:
    """
    Attributes:
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        id (UUID): Identifier of the applicant.
        name (str): The person's full name.
        email (str): E-mail address; one applicant per address and employer.
        skills (list[str]): Skills, as plain names; matched case- and accent-insensitively.
        languages (list[str]): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        links (list[str]): Profiles or portfolio links (http or https only).
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        phone (None | str | Unset): Phone number with optional country code, digits, spaces, brackets and dashes.
        cv_upload_id (None | Unset | UUID): A verified upload with purpose `cv` of the same employer.
        cv_url (None | str | Unset): A link to the CV elsewhere (http or https only).
        consent (ConsentRecord | None | Unset): The data-processing consent the person gave.
    """

    etag: str
    id: UUID
    name: str
    email: str
    skills: list[str]
    languages: list[str]
    links: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    phone: None | str | Unset = UNSET
    cv_upload_id: None | Unset | UUID = UNSET
    cv_url: None | str | Unset = UNSET
    consent: ConsentRecord | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_record import ConsentRecord

        etag = self.etag

        id = str(self.id)

        name = self.name

        email = self.email

        skills = self.skills

        languages = self.languages

        links = self.links

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

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

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, ConsentRecord):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "name": name,
                "email": email,
                "skills": skills,
                "languages": languages,
                "links": links,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cv_upload_id is not UNSET:
            field_dict["cv_upload_id"] = cv_upload_id
        if cv_url is not UNSET:
            field_dict["cv_url"] = cv_url
        if consent is not UNSET:
            field_dict["consent"] = consent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consent_record import ConsentRecord

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        email = d.pop("email")

        skills = cast(list[str], d.pop("skills"))

        languages = cast(list[str], d.pop("languages"))

        links = cast(list[str], d.pop("links"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

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

        def _parse_consent(data: object) -> ConsentRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = ConsentRecord.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentRecord | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        applicant = cls(
            etag=etag,
            id=id,
            name=name,
            email=email,
            skills=skills,
            languages=languages,
            links=links,
            created_at=created_at,
            updated_at=updated_at,
            phone=phone,
            cv_upload_id=cv_upload_id,
            cv_url=cv_url,
            consent=consent,
        )

        applicant.additional_properties = d
        return applicant

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
