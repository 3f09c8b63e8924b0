from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.application_snapshot import ApplicationSnapshot


T = TypeVar("T", bound="SubmissionRecord")


@_attrs_define
class SubmissionRecord:
    """One public submission of an application, as received.

    Attributes:
        id (UUID): Identifier of the submission (the receipt's `id`).
        submitted_at (datetime.datetime): When the server received it (RFC 3339, UTC).
        authenticated (bool): Whether an applicant token made it (its holder then sees the application under `GET
            /v1/me/applications`).
        email_confirmed_at (datetime.datetime | None): When the address of this submission was confirmed by following
            the link e-mailed to it (a submission without an applicant token); `null` while it is not. A confirmed address
            is the person's own submission, not one someone else sent with their address.
        cover_letter (None | str): The cover letter sent with it; `null` when none, or erased.
        submission (ApplicationSnapshot): What a person submitted with a public application, as they wrote it.
    """

    id: UUID
    submitted_at: datetime.datetime
    authenticated: bool
    email_confirmed_at: datetime.datetime | None
    cover_letter: None | str
    submission: ApplicationSnapshot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        submitted_at = self.submitted_at.isoformat()

        authenticated = self.authenticated

        email_confirmed_at: None | str
        if isinstance(self.email_confirmed_at, datetime.datetime):
            email_confirmed_at = self.email_confirmed_at.isoformat()
        else:
            email_confirmed_at = self.email_confirmed_at

        cover_letter: None | str
        cover_letter = self.cover_letter

        submission = self.submission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "submitted_at": submitted_at,
                "authenticated": authenticated,
                "email_confirmed_at": email_confirmed_at,
                "cover_letter": cover_letter,
                "submission": submission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_snapshot import ApplicationSnapshot

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        authenticated = d.pop("authenticated")

        def _parse_email_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return email_confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        email_confirmed_at = _parse_email_confirmed_at(d.pop("email_confirmed_at"))

        def _parse_cover_letter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_letter = _parse_cover_letter(d.pop("cover_letter"))

        submission = ApplicationSnapshot.from_dict(d.pop("submission"))

        submission_record = cls(
            id=id,
            submitted_at=submitted_at,
            authenticated=authenticated,
            email_confirmed_at=email_confirmed_at,
            cover_letter=cover_letter,
            submission=submission,
        )

        submission_record.additional_properties = d
        return submission_record

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
