from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.job_status import JobStatus
from ..models.job_translation_event_data_direction import (
    JobTranslationEventDataDirection,
)
from ..models.job_translation_event_data_object import JobTranslationEventDataObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTranslationEventData")


@_attrs_define
class JobTranslationEventData:
    """`job.translation.updated` and `job.translation.deleted`.

    Attributes:
        id (UUID): The resource the event is about (the `object` it names).
        object_ (JobTranslationEventDataObject): What kind of resource `id` names.
        employer_id (UUID): The employer.
        job_id (UUID): The job.
        locale (str): The translation's language (a BCP 47 tag).
        job_locale (str): The language the job itself is written in.
        direction (JobTranslationEventDataDirection): How the translation's language runs (`ltr` or `rtl`).
        status (JobStatus): Publish workflow state.
        job_version (int): The job's version after the change.
        title (str | Unset): The translated title (`job.translation.updated` only).
        version (int | Unset): The translation's version (its ETag without quotes; `job.translation.updated` only).
        detected_locale (None | str | Unset): The language the text seems to be in when not the tagged one
            (`job.translation.updated` only).
    """

    id: UUID
    object_: JobTranslationEventDataObject
    employer_id: UUID
    job_id: UUID
    locale: str
    job_locale: str
    direction: JobTranslationEventDataDirection
    status: JobStatus
    job_version: int
    title: str | Unset = UNSET
    version: int | Unset = UNSET
    detected_locale: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        object_ = self.object_.value

        employer_id = str(self.employer_id)

        job_id = str(self.job_id)

        locale = self.locale

        job_locale = self.job_locale

        direction = self.direction.value

        status = self.status.value

        job_version = self.job_version

        title = self.title

        version = self.version

        detected_locale: None | str | Unset
        if isinstance(self.detected_locale, Unset):
            detected_locale = UNSET
        else:
            detected_locale = self.detected_locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "object": object_,
                "employer_id": employer_id,
                "job_id": job_id,
                "locale": locale,
                "job_locale": job_locale,
                "direction": direction,
                "status": status,
                "job_version": job_version,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version
        if detected_locale is not UNSET:
            field_dict["detected_locale"] = detected_locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        object_ = JobTranslationEventDataObject(d.pop("object"))

        employer_id = UUID(d.pop("employer_id"))

        job_id = UUID(d.pop("job_id"))

        locale = d.pop("locale")

        job_locale = d.pop("job_locale")

        direction = JobTranslationEventDataDirection(d.pop("direction"))

        status = JobStatus(d.pop("status"))

        job_version = d.pop("job_version")

        title = d.pop("title", UNSET)

        version = d.pop("version", UNSET)

        def _parse_detected_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detected_locale = _parse_detected_locale(d.pop("detected_locale", UNSET))

        job_translation_event_data = cls(
            id=id,
            object_=object_,
            employer_id=employer_id,
            job_id=job_id,
            locale=locale,
            job_locale=job_locale,
            direction=direction,
            status=status,
            job_version=job_version,
            title=title,
            version=version,
            detected_locale=detected_locale,
        )

        return job_translation_event_data
