from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cv_text_status import CvTextStatus

T = TypeVar("T", bound="CvText")


@_attrs_define
class CvText:
    """One CV file of an applicant and what reading it found.

    Attributes:
        upload_id (UUID): The upload the CV was sent as.
        status (CvTextStatus): `pending`, `extracted`, `rejected` (`reason` says why) or `failed`.
        format_ (None | str): `pdf`, `docx` or `odt`; `null` for another type.
        reason (None | str): Why the file was not read (`rejected`, `failed`).
        text (None | str): The text read from it (at most 200,000 characters).
        created_at (datetime.datetime): When the file was queued to be read.
        extracted_at (datetime.datetime | None): When reading it finished.
    """

    upload_id: UUID
    status: CvTextStatus
    format_: None | str
    reason: None | str
    text: None | str
    created_at: datetime.datetime
    extracted_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = str(self.upload_id)

        status = self.status.value

        format_: None | str
        format_ = self.format_

        reason: None | str
        reason = self.reason

        text: None | str
        text = self.text

        created_at = self.created_at.isoformat()

        extracted_at: None | str
        if isinstance(self.extracted_at, datetime.datetime):
            extracted_at = self.extracted_at.isoformat()
        else:
            extracted_at = self.extracted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "status": status,
                "format": format_,
                "reason": reason,
                "text": text,
                "created_at": created_at,
                "extracted_at": extracted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_id = UUID(d.pop("upload_id"))

        status = CvTextStatus(d.pop("status"))

        def _parse_format_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        format_ = _parse_format_(d.pop("format"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_extracted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extracted_at_type_0 = datetime.datetime.fromisoformat(data)

                return extracted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        extracted_at = _parse_extracted_at(d.pop("extracted_at"))

        cv_text = cls(
            upload_id=upload_id,
            status=status,
            format_=format_,
            reason=reason,
            text=text,
            created_at=created_at,
            extracted_at=extracted_at,
        )

        cv_text.additional_properties = d
        return cv_text

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
