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


T = TypeVar("T", bound="JobCreate")


@_attrs_define
class JobCreate:
    """A draft needs only a title; publishing needs the rest (see `:publish`).

    Attributes:
        title (str): Not blank.
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
        department (str | Unset): Department the job belongs to (free text; also a taxonomy facet).
        languages (list[str] | Unset): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        location (str | Unset): Where the work happens (free text; also a taxonomy facet).
        workplace_type (WorkplaceType | Unset): Where the work is done: on site, hybrid or remote.
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time, contract, temporary or
            internship.
        salary (Salary | Unset): A pay range: `min` ≤ `max`, in `currency`, per `period`.
        vacancies (int | Unset): How many people are hired.
        reference_number (str | Unset): The employer's own reference for the job.
        closing_date (datetime.date | Unset): Last day applications are accepted (the job is not closed automatically).
        skills (JobSkills | Unset): The skills a job asks for, as plain names (for example `Rust`, `Node.js`): those it
            requires and those nice to have. Applicant matching reads them; a skill listed as
            required is dropped from `nice_to_have`.
    """

    title: str
    locale: str | Unset = UNSET
    description: str | Unset = UNSET
    description_format: DescriptionFormat | Unset = UNSET
    department: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    location: str | Unset = UNSET
    workplace_type: WorkplaceType | Unset = UNSET
    employment_type: EmploymentType | Unset = UNSET
    salary: Salary | Unset = UNSET
    vacancies: int | Unset = UNSET
    reference_number: str | Unset = UNSET
    closing_date: datetime.date | Unset = UNSET
    skills: JobSkills | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        locale = self.locale

        description = self.description

        description_format: str | Unset = UNSET
        if not isinstance(self.description_format, Unset):
            description_format = self.description_format.value

        department = self.department

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        location = self.location

        workplace_type: str | Unset = UNSET
        if not isinstance(self.workplace_type, Unset):
            workplace_type = self.workplace_type.value

        employment_type: str | Unset = UNSET
        if not isinstance(self.employment_type, Unset):
            employment_type = self.employment_type.value

        salary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary, Unset):
            salary = self.salary.to_dict()

        vacancies = self.vacancies

        reference_number = self.reference_number

        closing_date: str | Unset = UNSET
        if not isinstance(self.closing_date, Unset):
            closing_date = self.closing_date.isoformat()

        skills: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
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
        title = d.pop("title")

        locale = d.pop("locale", UNSET)

        description = d.pop("description", UNSET)

        _description_format = d.pop("description_format", UNSET)
        description_format: DescriptionFormat | Unset
        if isinstance(_description_format, Unset):
            description_format = UNSET
        else:
            description_format = DescriptionFormat(_description_format)

        department = d.pop("department", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        location = d.pop("location", UNSET)

        _workplace_type = d.pop("workplace_type", UNSET)
        workplace_type: WorkplaceType | Unset
        if isinstance(_workplace_type, Unset):
            workplace_type = UNSET
        else:
            workplace_type = WorkplaceType(_workplace_type)

        _employment_type = d.pop("employment_type", UNSET)
        employment_type: EmploymentType | Unset
        if isinstance(_employment_type, Unset):
            employment_type = UNSET
        else:
            employment_type = EmploymentType(_employment_type)

        _salary = d.pop("salary", UNSET)
        salary: Salary | Unset
        if isinstance(_salary, Unset):
            salary = UNSET
        else:
            salary = Salary.from_dict(_salary)

        vacancies = d.pop("vacancies", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        _closing_date = d.pop("closing_date", UNSET)
        closing_date: datetime.date | Unset
        if isinstance(_closing_date, Unset):
            closing_date = UNSET
        else:
            closing_date = datetime.date.fromisoformat(_closing_date)

        _skills = d.pop("skills", UNSET)
        skills: JobSkills | Unset
        if isinstance(_skills, Unset):
            skills = UNSET
        else:
            skills = JobSkills.from_dict(_skills)

        job_create = cls(
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

        return job_create
