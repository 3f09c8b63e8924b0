from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.upload_content_type import UploadContentType
from ..models.upload_purpose import UploadPurpose

T = TypeVar("T", bound="PublicUploadPresignRequest")


@_attrs_define
class PublicUploadPresignRequest:
    """
    Attributes:
        purpose (UploadPurpose): What an uploaded file is for: an applicant's `cv` or `cover_letter`, or the employer's
            `logo` (employer users only; PNG, JPEG or WebP, at most 1 MiB).
        filename (str): The file's name as the person chose it (shown, never used as a storage key).
        content_type (UploadContentType): The types uploads accept: documents for `cv` and `cover_letter` (each may
            allow fewer), images for `logo`.
        size_bytes (int): Size of the file; `:complete` checks the stored object has exactly it.
    """

    purpose: UploadPurpose
    filename: str
    content_type: UploadContentType
    size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        purpose = self.purpose.value

        filename = self.filename

        content_type = self.content_type.value

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "purpose": purpose,
                "filename": filename,
                "content_type": content_type,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        purpose = UploadPurpose(d.pop("purpose"))

        filename = d.pop("filename")

        content_type = UploadContentType(d.pop("content_type"))

        size_bytes = d.pop("size_bytes")

        public_upload_presign_request = cls(
            purpose=purpose,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
        )

        return public_upload_presign_request
