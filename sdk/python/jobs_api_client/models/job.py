from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_format import DescriptionFormat
from ..models.employment_type import EmploymentType
from ..models.job_status import JobStatus
from ..models.workplace_type import WorkplaceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_skills import JobSkills
    from ..models.salary import Salary


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        skills (JobSkills): The skills a job asks for, as plain names (for example `Rust`, `Node.js`): those it
            requires and those nice to have. Applicant matching reads them; a skill listed as
            required is dropped from `nice_to_have`.
        locale (str): The language the title and description are written in (a canonical BCP 47 tag).
        available_locales (list[str]): Every language the job can be read in: its own and its translations', ordered by
            tag.
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        id (UUID): Identifier of the job.
        employer_id (UUID): The employer (tenant).
        title (str): The job title.
        description (str): What the job is about: plain text or sanitized HTML (see `description_format`).
        description_format (DescriptionFormat): How `description` is written. `plain`: text; clients escape it, so
            nothing in it is ever
            rendered as markup. `markdown`: stored as written; render it with raw HTML disabled.
            `html`: sanitized when written (an allow-list of formatting tags; links only to
            `http(s)` and `mailto` with `rel="noopener noreferrer nofollow"`; no scripts, styles,
            event handlers, frames or forms); a description longer than 12,000 characters once
            sanitized is `422`.
        languages (list[str]): Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-
            insensitively.
        vacancies (int): How many people are hired.
        status (JobStatus): Publish workflow state.
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        department (None | str | Unset): Department the job belongs to (free text; also a taxonomy facet).
        location (None | str | Unset): Where the work happens (free text; also a taxonomy facet).
        workplace_type (None | Unset | WorkplaceType): On site, hybrid or remote.
        employment_type (EmploymentType | None | Unset): Full time, part time, contract, temporary or internship.
        salary (None | Salary | Unset): Pay range, currency and period; `min` ≤ `max`.
        reference_number (None | str | Unset): The employer's own reference for the job.
        closing_date (datetime.date | None | Unset): Last day applications are accepted (the job is not closed
            automatically).
        published_at (datetime.datetime | None | Unset): When the job was (last) published.
        closed_at (datetime.datetime | None | Unset): When the job was closed; `null` while it takes applications.
    """

    skills: JobSkills
    locale: str
    available_locales: list[str]
    etag: str
    id: UUID
    employer_id: UUID
    title: str
    description: str
    description_format: DescriptionFormat
    languages: list[str]
    vacancies: int
    status: JobStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    department: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    workplace_type: None | Unset | WorkplaceType = UNSET
    employment_type: EmploymentType | None | Unset = UNSET
    salary: None | Salary | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    closing_date: datetime.date | None | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.salary import Salary

        skills = self.skills.to_dict()

        locale = self.locale

        available_locales = self.available_locales

        etag = self.etag

        id = str(self.id)

        employer_id = str(self.employer_id)

        title = self.title

        description = self.description

        description_format = self.description_format.value

        languages = self.languages

        vacancies = self.vacancies

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

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

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skills": skills,
                "locale": locale,
                "available_locales": available_locales,
                "etag": etag,
                "id": id,
                "employer_id": employer_id,
                "title": title,
                "description": description,
                "description_format": description_format,
                "languages": languages,
                "vacancies": vacancies,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if department is not UNSET:
            field_dict["department"] = department
        if location is not UNSET:
            field_dict["location"] = location
        if workplace_type is not UNSET:
            field_dict["workplace_type"] = workplace_type
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if salary is not UNSET:
            field_dict["salary"] = salary
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_skills import JobSkills
        from ..models.salary import Salary

        d = dict(src_dict)
        skills = JobSkills.from_dict(d.pop("skills"))

        locale = d.pop("locale")

        available_locales = cast(list[str], d.pop("available_locales"))

        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        employer_id = UUID(d.pop("employer_id"))

        title = d.pop("title")

        description = d.pop("description")

        description_format = DescriptionFormat(d.pop("description_format"))

        languages = cast(list[str], d.pop("languages"))

        vacancies = d.pop("vacancies")

        status = JobStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

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

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        job = cls(
            skills=skills,
            locale=locale,
            available_locales=available_locales,
            etag=etag,
            id=id,
            employer_id=employer_id,
            title=title,
            description=description,
            description_format=description_format,
            languages=languages,
            vacancies=vacancies,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            department=department,
            location=location,
            workplace_type=workplace_type,
            employment_type=employment_type,
            salary=salary,
            reference_number=reference_number,
            closing_date=closing_date,
            published_at=published_at,
            closed_at=closed_at,
        )

        job.additional_properties = d
        return job

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
