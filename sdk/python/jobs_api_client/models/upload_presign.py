from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_method import UploadMethod

if TYPE_CHECKING:
    from ..models.upload import Upload
    from ..models.upload_presign_fields import UploadPresignFields


T = TypeVar("T", bound="UploadPresign")


@_attrs_define
class UploadPresign:
    """
    Attributes:
        upload (Upload): A CV or cover letter uploaded straight to object storage, and its verification.
        url (str): Where the browser POSTs the form (the bucket's URL).
        method (UploadMethod): The HTTP method of a presigned upload form.
        fields (UploadPresignFields): Form fields to send before the file field, in any order.
        expires_at (datetime.datetime): When the presigned form stops working.
    """

    upload: Upload
    url: str
    method: UploadMethod
    fields: UploadPresignFields
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload = self.upload.to_dict()

        url = self.url

        method = self.method.value

        fields = self.fields.to_dict()

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload": upload,
                "url": url,
                "method": method,
                "fields": fields,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload import Upload
        from ..models.upload_presign_fields import UploadPresignFields

        d = dict(src_dict)
        upload = Upload.from_dict(d.pop("upload"))

        url = d.pop("url")

        method = UploadMethod(d.pop("method"))

        fields = UploadPresignFields.from_dict(d.pop("fields"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        upload_presign = cls(
            upload=upload,
            url=url,
            method=method,
            fields=fields,
            expires_at=expires_at,
        )

        upload_presign.additional_properties = d
        return upload_presign

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
