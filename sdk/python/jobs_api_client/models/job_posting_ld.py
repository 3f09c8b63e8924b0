from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_posting_ld_applicant_location_requirements import (
        JobPostingLdApplicantLocationRequirements,
    )
    from ..models.job_posting_ld_base_salary import JobPostingLdBaseSalary
    from ..models.job_posting_ld_hiring_organization import (
        JobPostingLdHiringOrganization,
    )
    from ..models.job_posting_ld_identifier import JobPostingLdIdentifier
    from ..models.job_posting_ld_job_location import JobPostingLdJobLocation


T = TypeVar("T", bound="JobPostingLd")


@_attrs_define
class JobPostingLd:
    """A schema.org JobPosting in JSON-LD, as search engines read it.

    Attributes:
        context (str): Always https://schema.org/.
        type_ (str): Always JobPosting.
        title (str): The job title.
        description (str): The description as HTML (sanitized).
        date_posted (str): When the job was published.
        hiring_organization (JobPostingLdHiringOrganization): The employer (Organization with name, sameAs, logo).
        identifier (JobPostingLdIdentifier): PropertyValue naming the employer and the job's id.
        direct_apply (bool): True: applying happens on the linked page.
        valid_through (str | Unset): End of the closing date, when there is one.
        employment_type (list[str] | Unset): Google's employment types (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY,
            INTERN, ...).
        job_location (JobPostingLdJobLocation | Unset): Where the work is (Place with a PostalAddress).
        job_location_type (str | Unset): TELECOMMUTE for remote jobs.
        applicant_location_requirements (JobPostingLdApplicantLocationRequirements | Unset): Where remote applicants may
            live.
        base_salary (JobPostingLdBaseSalary | Unset): MonetaryAmount, when the salary is known.
        url (str | Unset): The job's page in this API.
    """

    context: str
    type_: str
    title: str
    description: str
    date_posted: str
    hiring_organization: JobPostingLdHiringOrganization
    identifier: JobPostingLdIdentifier
    direct_apply: bool
    valid_through: str | Unset = UNSET
    employment_type: list[str] | Unset = UNSET
    job_location: JobPostingLdJobLocation | Unset = UNSET
    job_location_type: str | Unset = UNSET
    applicant_location_requirements: (
        JobPostingLdApplicantLocationRequirements | Unset
    ) = UNSET
    base_salary: JobPostingLdBaseSalary | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context

        type_ = self.type_

        title = self.title

        description = self.description

        date_posted = self.date_posted

        hiring_organization = self.hiring_organization.to_dict()

        identifier = self.identifier.to_dict()

        direct_apply = self.direct_apply

        valid_through = self.valid_through

        employment_type: list[str] | Unset = UNSET
        if not isinstance(self.employment_type, Unset):
            employment_type = self.employment_type

        job_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_location, Unset):
            job_location = self.job_location.to_dict()

        job_location_type = self.job_location_type

        applicant_location_requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applicant_location_requirements, Unset):
            applicant_location_requirements = (
                self.applicant_location_requirements.to_dict()
            )

        base_salary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_salary, Unset):
            base_salary = self.base_salary.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@context": context,
                "@type": type_,
                "title": title,
                "description": description,
                "datePosted": date_posted,
                "hiringOrganization": hiring_organization,
                "identifier": identifier,
                "directApply": direct_apply,
            }
        )
        if valid_through is not UNSET:
            field_dict["validThrough"] = valid_through
        if employment_type is not UNSET:
            field_dict["employmentType"] = employment_type
        if job_location is not UNSET:
            field_dict["jobLocation"] = job_location
        if job_location_type is not UNSET:
            field_dict["jobLocationType"] = job_location_type
        if applicant_location_requirements is not UNSET:
            field_dict["applicantLocationRequirements"] = (
                applicant_location_requirements
            )
        if base_salary is not UNSET:
            field_dict["baseSalary"] = base_salary
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_posting_ld_applicant_location_requirements import (
            JobPostingLdApplicantLocationRequirements,
        )
        from ..models.job_posting_ld_base_salary import JobPostingLdBaseSalary
        from ..models.job_posting_ld_hiring_organization import (
            JobPostingLdHiringOrganization,
        )
        from ..models.job_posting_ld_identifier import JobPostingLdIdentifier
        from ..models.job_posting_ld_job_location import JobPostingLdJobLocation

        d = dict(src_dict)
        context = d.pop("@context")

        type_ = d.pop("@type")

        title = d.pop("title")

        description = d.pop("description")

        date_posted = d.pop("datePosted")

        hiring_organization = JobPostingLdHiringOrganization.from_dict(
            d.pop("hiringOrganization")
        )

        identifier = JobPostingLdIdentifier.from_dict(d.pop("identifier"))

        direct_apply = d.pop("directApply")

        valid_through = d.pop("validThrough", UNSET)

        employment_type = cast(list[str], d.pop("employmentType", UNSET))

        _job_location = d.pop("jobLocation", UNSET)
        job_location: JobPostingLdJobLocation | Unset
        if isinstance(_job_location, Unset):
            job_location = UNSET
        else:
            job_location = JobPostingLdJobLocation.from_dict(_job_location)

        job_location_type = d.pop("jobLocationType", UNSET)

        _applicant_location_requirements = d.pop("applicantLocationRequirements", UNSET)
        applicant_location_requirements: (
            JobPostingLdApplicantLocationRequirements | Unset
        )
        if isinstance(_applicant_location_requirements, Unset):
            applicant_location_requirements = UNSET
        else:
            applicant_location_requirements = (
                JobPostingLdApplicantLocationRequirements.from_dict(
                    _applicant_location_requirements
                )
            )

        _base_salary = d.pop("baseSalary", UNSET)
        base_salary: JobPostingLdBaseSalary | Unset
        if isinstance(_base_salary, Unset):
            base_salary = UNSET
        else:
            base_salary = JobPostingLdBaseSalary.from_dict(_base_salary)

        url = d.pop("url", UNSET)

        job_posting_ld = cls(
            context=context,
            type_=type_,
            title=title,
            description=description,
            date_posted=date_posted,
            hiring_organization=hiring_organization,
            identifier=identifier,
            direct_apply=direct_apply,
            valid_through=valid_through,
            employment_type=employment_type,
            job_location=job_location,
            job_location_type=job_location_type,
            applicant_location_requirements=applicant_location_requirements,
            base_salary=base_salary,
            url=url,
        )

        job_posting_ld.additional_properties = d
        return job_posting_ld

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
