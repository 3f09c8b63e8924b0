from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_source import ApplicationSource
from ..models.application_status import ApplicationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicant_summary import ApplicantSummary
    from ..models.application_match_summary import ApplicationMatchSummary
    from ..models.application_note import ApplicationNote
    from ..models.application_snapshot import ApplicationSnapshot
    from ..models.rejection_reason import RejectionReason
    from ..models.submission_record import SubmissionRecord


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        etag (str): The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource,
            also straight from a list.
        id (UUID): Identifier of the application.
        job_id (UUID): The job.
        applicant (ApplicantSummary): The applicant; `name` and `email` are `null` once the person was erased.
        status (ApplicationStatus): Hiring pipeline stage; `hired` and `rejected` are final.
        source (ApplicationSource): Where an application came from: `public` (the public apply operation, by default),
            `careers_page` (the hosted careers site's form), `widget` (the embeddable job board),
            or `internal` (added by a recruiter).
        submissions (list[SubmissionRecord]): Every public submission to this application (the first included), newest
            first, at
            most the 20 newest; `submission_count` says how many there are. A later one comes
            from the same e-mail address applying again: the person, or someone using their
            address. Only `:merge` takes one into the applicant record.
        submission_count (int): How many public submissions the application has (0 when a recruiter added it).
        notes (list[ApplicationNote]): The recruiters' notes on this entry.
        assignee_id (None | UUID): The member the application is assigned to; `null` when nobody is.
        rejection_reason (None | RejectionReason): Why it was rejected (the reason as it read then); `null` unless
            rejected with a reason.
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        updated_at (datetime.datetime): When it last changed (RFC 3339, UTC).
        utm_source (None | str | Unset): The `utm_source` of the link the applicant followed (public applications that
            had one).
        cover_letter (None | str | Unset): The cover letter as text.
        submission (ApplicationSnapshot | None | Unset): What the person submitted with the first public application, as
            they wrote it;
            `null` for applications a recruiter added. Personal members are `null` once the
            person was erased or the application anonymized.
        anonymized_at (datetime.datetime | None | Unset): When the retention period anonymized this application.
        status_changed_at (datetime.datetime | None | Unset): When the status last changed; `null` while it is `new`.
        match (ApplicationMatchSummary | None | Unset): In lists, while the employer has applicant matching on: the
            application's advisory
            match score (`null` until it is first computed). Absent otherwise and on a single
            read; `GET /v1/applications/{id}/match` has the explanation.
    """

    etag: str
    id: UUID
    job_id: UUID
    applicant: ApplicantSummary
    status: ApplicationStatus
    source: ApplicationSource
    submissions: list[SubmissionRecord]
    submission_count: int
    notes: list[ApplicationNote]
    assignee_id: None | UUID
    rejection_reason: None | RejectionReason
    created_at: datetime.datetime
    updated_at: datetime.datetime
    utm_source: None | str | Unset = UNSET
    cover_letter: None | str | Unset = UNSET
    submission: ApplicationSnapshot | None | Unset = UNSET
    anonymized_at: datetime.datetime | None | Unset = UNSET
    status_changed_at: datetime.datetime | None | Unset = UNSET
    match: ApplicationMatchSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_match_summary import ApplicationMatchSummary
        from ..models.application_snapshot import ApplicationSnapshot
        from ..models.rejection_reason import RejectionReason

        etag = self.etag

        id = str(self.id)

        job_id = str(self.job_id)

        applicant = self.applicant.to_dict()

        status = self.status.value

        source = self.source.value

        submissions = []
        for submissions_item_data in self.submissions:
            submissions_item = submissions_item_data.to_dict()
            submissions.append(submissions_item)

        submission_count = self.submission_count

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        assignee_id: None | str
        if isinstance(self.assignee_id, UUID):
            assignee_id = str(self.assignee_id)
        else:
            assignee_id = self.assignee_id

        rejection_reason: dict[str, Any] | None
        if isinstance(self.rejection_reason, RejectionReason):
            rejection_reason = self.rejection_reason.to_dict()
        else:
            rejection_reason = self.rejection_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        utm_source: None | str | Unset
        if isinstance(self.utm_source, Unset):
            utm_source = UNSET
        else:
            utm_source = self.utm_source

        cover_letter: None | str | Unset
        if isinstance(self.cover_letter, Unset):
            cover_letter = UNSET
        else:
            cover_letter = self.cover_letter

        submission: dict[str, Any] | None | Unset
        if isinstance(self.submission, Unset):
            submission = UNSET
        elif isinstance(self.submission, ApplicationSnapshot):
            submission = self.submission.to_dict()
        else:
            submission = self.submission

        anonymized_at: None | str | Unset
        if isinstance(self.anonymized_at, Unset):
            anonymized_at = UNSET
        elif isinstance(self.anonymized_at, datetime.datetime):
            anonymized_at = self.anonymized_at.isoformat()
        else:
            anonymized_at = self.anonymized_at

        status_changed_at: None | str | Unset
        if isinstance(self.status_changed_at, Unset):
            status_changed_at = UNSET
        elif isinstance(self.status_changed_at, datetime.datetime):
            status_changed_at = self.status_changed_at.isoformat()
        else:
            status_changed_at = self.status_changed_at

        match: dict[str, Any] | None | Unset
        if isinstance(self.match, Unset):
            match = UNSET
        elif isinstance(self.match, ApplicationMatchSummary):
            match = self.match.to_dict()
        else:
            match = self.match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "job_id": job_id,
                "applicant": applicant,
                "status": status,
                "source": source,
                "submissions": submissions,
                "submission_count": submission_count,
                "notes": notes,
                "assignee_id": assignee_id,
                "rejection_reason": rejection_reason,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if cover_letter is not UNSET:
            field_dict["cover_letter"] = cover_letter
        if submission is not UNSET:
            field_dict["submission"] = submission
        if anonymized_at is not UNSET:
            field_dict["anonymized_at"] = anonymized_at
        if status_changed_at is not UNSET:
            field_dict["status_changed_at"] = status_changed_at
        if match is not UNSET:
            field_dict["match"] = match

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.applicant_summary import ApplicantSummary
        from ..models.application_match_summary import ApplicationMatchSummary
        from ..models.application_note import ApplicationNote
        from ..models.application_snapshot import ApplicationSnapshot
        from ..models.rejection_reason import RejectionReason
        from ..models.submission_record import SubmissionRecord

        d = dict(src_dict)
        etag = d.pop("etag")

        id = UUID(d.pop("id"))

        job_id = UUID(d.pop("job_id"))

        applicant = ApplicantSummary.from_dict(d.pop("applicant"))

        status = ApplicationStatus(d.pop("status"))

        source = ApplicationSource(d.pop("source"))

        submissions = []
        _submissions = d.pop("submissions")
        for submissions_item_data in _submissions:
            submissions_item = SubmissionRecord.from_dict(submissions_item_data)

            submissions.append(submissions_item)

        submission_count = d.pop("submission_count")

        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = ApplicationNote.from_dict(notes_item_data)

            notes.append(notes_item)

        def _parse_assignee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_id_type_0 = UUID(data)

                return assignee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id"))

        def _parse_rejection_reason(data: object) -> None | RejectionReason:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rejection_reason_type_0 = RejectionReason.from_dict(data)

                return rejection_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RejectionReason, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_utm_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utm_source = _parse_utm_source(d.pop("utm_source", UNSET))

        def _parse_cover_letter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_letter = _parse_cover_letter(d.pop("cover_letter", UNSET))

        def _parse_submission(data: object) -> ApplicationSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submission_type_0 = ApplicationSnapshot.from_dict(data)

                return submission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationSnapshot | None | Unset, data)

        submission = _parse_submission(d.pop("submission", UNSET))

        def _parse_anonymized_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anonymized_at_type_0 = datetime.datetime.fromisoformat(data)

                return anonymized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        anonymized_at = _parse_anonymized_at(d.pop("anonymized_at", UNSET))

        def _parse_status_changed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_changed_at_type_0 = datetime.datetime.fromisoformat(data)

                return status_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        status_changed_at = _parse_status_changed_at(d.pop("status_changed_at", UNSET))

        def _parse_match(data: object) -> ApplicationMatchSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                match_type_0 = ApplicationMatchSummary.from_dict(data)

                return match_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationMatchSummary | None | Unset, data)

        match = _parse_match(d.pop("match", UNSET))

        application = cls(
            etag=etag,
            id=id,
            job_id=job_id,
            applicant=applicant,
            status=status,
            source=source,
            submissions=submissions,
            submission_count=submission_count,
            notes=notes,
            assignee_id=assignee_id,
            rejection_reason=rejection_reason,
            created_at=created_at,
            updated_at=updated_at,
            utm_source=utm_source,
            cover_letter=cover_letter,
            submission=submission,
            anonymized_at=anonymized_at,
            status_changed_at=status_changed_at,
            match=match,
        )

        application.additional_properties = d
        return application

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
