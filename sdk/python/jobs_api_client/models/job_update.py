from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.description_format import DescriptionFormat
from ..models.employment_type import EmploymentType
from ..models.workplace_type import WorkplaceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_skills import JobSkills
    from ..models.salary import Salary


T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """
    Attributes:
        title (str | Unset): Not blank.
        locale (str | Unset): The language the title and description are written in: a BCP 47 tag such as `en`
            or `dv`, stored canonical (`422` when it is not one). When a job is created without
            it, the employer's `settings.default_locale`, else `en`. Other languages are the
            job's translations (`PUT /v1/jobs/{id}/translations/{locale}`).
        description (str | Unset): What the job is about: plain text or sanitized HTML (see `description_format`).
        description_format (DescriptionFormat | Unset): How `description` is written. `plain`: text; clients escape it,
            so nothing in it is ever
            rendered as markup. `markdown`: stored as written; render it with raw HTML disabled.
            `html`: sanitized when written (an allow-list of formatting tags; links only to
            `http(s)` and `mailto` with `rel="noopener noreferrer nofollow"`; no scripts, styles,
            event handlers, frames or forms); a description longer than 12,000 characters once
            sanitized is `422`.
        department (None | str | Unset): Department the job belongs to (free text; also a taxonomy facet).
        languages (list[str] | Unset): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        location (None | str | Unset): Where the work happens (free text; also a taxonomy facet).
        workplace_type (None | Unset | WorkplaceType): On site, hybrid or remote.
        employment_type (EmploymentType | None | Unset): Full time, part time, contract, temporary or internship.
        salary (None | Salary | Unset): Pay range, currency and period; `min` ≤ `max`.
        vacancies (int | Unset): How many people are hired.
        reference_number (None | str | Unset): The employer's own reference for the job.
        closing_date (datetime.date | None | Unset): Last day applications are accepted (the job is not closed
            automatically).
        skills (JobSkills | Unset): The skills a job asks for, as plain names (for example `Rust`, `Node.js`): those it
            requires and those nice to have. Applicant matching reads them; a skill listed as
            required is dropped from `nice_to_have`.
    """

    title: str | Unset = UNSET
    locale: str | Unset = UNSET
    description: str | Unset = UNSET
    description_format: DescriptionFormat | Unset = UNSET
    department: None | str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    location: None | str | Unset = UNSET
    workplace_type: None | Unset | WorkplaceType = UNSET
    employment_type: EmploymentType | None | Unset = UNSET
    salary: None | Salary | Unset = UNSET
    vacancies: int | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    closing_date: datetime.date | None | Unset = UNSET
    skills: JobSkills | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.salary import Salary

        title = self.title

        locale = self.locale

        description = self.description

        description_format: str | Unset = UNSET
        if not isinstance(self.description_format, Unset):
            description_format = self.description_format.value

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        workplace_type: None | str | Unset
        if isinstance(self.workplace_type, Unset):
            workplace_type = UNSET
        elif isinstance(self.workplace_type, WorkplaceType):
            workplace_type = self.workplace_type.value
        else:
            workplace_type = self.workplace_type

        employment_type: None | str | Unset
        if isinstance(self.employment_type, Unset):
            employment_type = UNSET
        elif isinstance(self.employment_type, EmploymentType):
            employment_type = self.employment_type.value
        else:
            employment_type = self.employment_type

        salary: dict[str, Any] | None | Unset
        if isinstance(self.salary, Unset):
            salary = UNSET
        elif isinstance(self.salary, Salary):
            salary = self.salary.to_dict()
        else:
            salary = self.salary

        vacancies = self.vacancies

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.date):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        skills: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if locale is not UNSET:
            field_dict["locale"] = locale
        if description is not UNSET:
            field_dict["description"] = description
        if description_format is not UNSET:
            field_dict["description_format"] = description_format
        if department is not UNSET:
            field_dict["department"] = department
        if languages is not UNSET:
            field_dict["languages"] = languages
        if location is not UNSET:
            field_dict["location"] = location
        if workplace_type is not UNSET:
            field_dict["workplace_type"] = workplace_type
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if salary is not UNSET:
            field_dict["salary"] = salary
        if vacancies is not UNSET:
            field_dict["vacancies"] = vacancies
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_skills import JobSkills
        from ..models.salary import Salary

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        locale = d.pop("locale", UNSET)

        description = d.pop("description", UNSET)

        _description_format = d.pop("description_format", UNSET)
        description_format: DescriptionFormat | Unset
        if isinstance(_description_format, Unset):
            description_format = UNSET
        else:
            description_format = DescriptionFormat(_description_format)

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_workplace_type(data: object) -> None | Unset | WorkplaceType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workplace_type_type_0 = WorkplaceType(data)

                return workplace_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkplaceType, data)

        workplace_type = _parse_workplace_type(d.pop("workplace_type", UNSET))

        def _parse_employment_type(data: object) -> EmploymentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_type_type_0 = EmploymentType(data)

                return employment_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmploymentType | None | Unset, data)

        employment_type = _parse_employment_type(d.pop("employment_type", UNSET))

        def _parse_salary(data: object) -> None | Salary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salary_type_0 = Salary.from_dict(data)

                return salary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Salary | Unset, data)

        salary = _parse_salary(d.pop("salary", UNSET))

        vacancies = d.pop("vacancies", UNSET)

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("reference_number", UNSET))

        def _parse_closing_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_date_type_0 = datetime.date.fromisoformat(data)

                return closing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closing_date = _parse_closing_date(d.pop("closing_date", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: JobSkills | Unset
        if isinstance(_skills, Unset):
            skills = UNSET
        else:
            skills = JobSkills.from_dict(_skills)

        job_update = cls(
            title=title,
            locale=locale,
            description=description,
            description_format=description_format,
            department=department,
            languages=languages,
            location=location,
            workplace_type=workplace_type,
            employment_type=employment_type,
            salary=salary,
            vacancies=vacancies,
            reference_number=reference_number,
            closing_date=closing_date,
            skills=skills,
        )

        return job_update
