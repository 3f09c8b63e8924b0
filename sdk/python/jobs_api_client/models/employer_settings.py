from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployerSettings")


@_attrs_define
class EmployerSettings:
    """Employer-wide settings.

    Attributes:
        default_currency (str | Unset): ISO 4217 currency code.
        default_locale (None | str | Unset): The language new jobs are written in when they do not say (a BCP 47 tag
            such as
            `dv`, stored canonical; `422` when it is not one). `en` when unset.
        timezone (str | Unset): IANA time zone, for example `Indian/Maldives`.
        application_retention_days (int | Unset): Days an application is kept after it reaches a final status (`hired`,
            `rejected`);
            then the maintenance task anonymizes it (its submission and cover letter, notes and
            the link to the applicant's login go) and records `application.anonymized`.
        careers_page_enabled (bool | Unset): `false` hides the employer's jobs from public search, taxonomy counts and
            public
            job details (`404`), and refuses applications (`404`). Default `true`.
        applicant_matching_enabled (bool | Unset): `true` turns on applicant matching: CVs (PDF, DOCX, ODT) are read in
            the background
            (their words become searchable with the applicants list's `q`) and every
            application gets an advisory match score against its job
            (`GET /v1/applications/{id}/match`, `match` in lists, `sort=match`). Default `false`:
            nothing is read or scored. Turning it off again deletes every CV text, embedding
            and score of the employer.
    """

    default_currency: str | Unset = UNSET
    default_locale: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    application_retention_days: int | Unset = UNSET
    careers_page_enabled: bool | Unset = UNSET
    applicant_matching_enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_currency = self.default_currency

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        timezone = self.timezone

        application_retention_days = self.application_retention_days

        careers_page_enabled = self.careers_page_enabled

        applicant_matching_enabled = self.applicant_matching_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if application_retention_days is not UNSET:
            field_dict["application_retention_days"] = application_retention_days
        if careers_page_enabled is not UNSET:
            field_dict["careers_page_enabled"] = careers_page_enabled
        if applicant_matching_enabled is not UNSET:
            field_dict["applicant_matching_enabled"] = applicant_matching_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        default_currency = d.pop("default_currency", UNSET)

        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))

        timezone = d.pop("timezone", UNSET)

        application_retention_days = d.pop("application_retention_days", UNSET)

        careers_page_enabled = d.pop("careers_page_enabled", UNSET)

        applicant_matching_enabled = d.pop("applicant_matching_enabled", UNSET)

        employer_settings = cls(
            default_currency=default_currency,
            default_locale=default_locale,
            timezone=timezone,
            application_retention_days=application_retention_days,
            careers_page_enabled=careers_page_enabled,
            applicant_matching_enabled=applicant_matching_enabled,
        )

        return employer_settings
