from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_content_type import UploadContentType
from ..models.upload_purpose import UploadPurpose
from ..models.upload_status import UploadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    """A CV or cover letter uploaded straight to object storage, and its verification.

    Attributes:
        id (UUID): Identifier of the upload.
        purpose (UploadPurpose): What an uploaded file is for: an applicant's `cv` or `cover_letter`, or the employer's
            `logo` (employer users only; PNG, JPEG or WebP, at most 1 MiB).
        filename (str): The file's name as the person chose it (shown, never used as a storage key).
        content_type (UploadContentType): The types uploads accept: documents for `cv` and `cover_letter` (each may
            allow fewer), images for `logo`.
        size_bytes (int): Size of the file in bytes.
        status (UploadStatus): `pending` until `:complete` checked the stored object: `verified` or `rejected`;
            `deleted` once erasure removed the object, or the clean-up did (never completed,
            rejected, or a public upload nothing named, after `JOBS_UPLOAD_UNCLAIMED_TTL`).
        created_at (datetime.datetime): When it was created (RFC 3339, UTC).
        expires_at (datetime.datetime): The presigned form stops working at this time.
        verified_at (datetime.datetime | None | Unset): When `:complete` verified the stored file; `null` until then.
        rejection_reason (None | str | Unset): Why `:complete` rejected the object (or why the clean-up deleted it).
        sha256 (None | str | Unset): SHA-256 (hex) of the verified file, which downloads serve unchanged.
        download_url (None | str | Unset): A presigned GET of the verified object, valid for 5 minutes; only employer
            users
            see it.
    """

    id: UUID
    purpose: UploadPurpose
    filename: str
    content_type: UploadContentType
    size_bytes: int
    status: UploadStatus
    created_at: datetime.datetime
    expires_at: datetime.datetime
    verified_at: datetime.datetime | None | Unset = UNSET
    rejection_reason: None | str | Unset = UNSET
    sha256: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        purpose = self.purpose.value

        filename = self.filename

        content_type = self.content_type.value

        size_bytes = self.size_bytes

        status = self.status.value

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "purpose": purpose,
                "filename": filename,
                "content_type": content_type,
                "size_bytes": size_bytes,
                "status": status,
                "created_at": created_at,
                "expires_at": expires_at,
            }
        )
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        purpose = UploadPurpose(d.pop("purpose"))

        filename = d.pop("filename")

        content_type = UploadContentType(d.pop("content_type"))

        size_bytes = d.pop("size_bytes")

        status = UploadStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        def _parse_rejection_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        upload = cls(
            id=id,
            purpose=purpose,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
            status=status,
            created_at=created_at,
            expires_at=expires_at,
            verified_at=verified_at,
            rejection_reason=rejection_reason,
            sha256=sha256,
            download_url=download_url,
        )

        upload.additional_properties = d
        return upload

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
