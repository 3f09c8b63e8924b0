from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.applicant_upload_purpose import ApplicantUploadPurpose
from ..models.document_content_type import DocumentContentType

T = TypeVar("T", bound="PublicUploadPresignRequest")


@_attrs_define
class PublicUploadPresignRequest:
    """
    Attributes:
        purpose (ApplicantUploadPurpose): What an applicant's upload is for: a `cv` or a `cover_letter`.
        filename (str): The file's name as the person chose it (shown, never used as a storage key).
        content_type (DocumentContentType): The document types an applicant's upload may have (each purpose may allow
            fewer).
        size_bytes (int): Size of the file; `:complete` checks the stored object has exactly it.
    """

    purpose: ApplicantUploadPurpose
    filename: str
    content_type: DocumentContentType
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
        purpose = ApplicantUploadPurpose(d.pop("purpose"))

        filename = d.pop("filename")

        content_type = DocumentContentType(d.pop("content_type"))

        size_bytes = d.pop("size_bytes")

        public_upload_presign_request = cls(
            purpose=purpose,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
        )

        return public_upload_presign_request
