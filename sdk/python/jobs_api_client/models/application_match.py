from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_match_status import ApplicationMatchStatus

if TYPE_CHECKING:
    from ..models.match_explanation import MatchExplanation


T = TypeVar("T", bound="ApplicationMatch")


@_attrs_define
class ApplicationMatch:
    """An application's advisory match score against its job, with its explanation.
    `status: pending` (score and explanation `null`) until it is first computed; the
    applications of an erased person are not scored (and stay `pending`).

        Attributes:
            application_id (UUID): The application.
            job_id (UUID): Its job.
            status (ApplicationMatchStatus): `scored`, or `pending` until the background scorer has run.
            advisory (bool): Always `true`: the score helps a person read applications; it decides nothing.
            score (int | None): 0–100: how well the application fits the job.
            method (None | str): `lexical`, `lexical+semantic` or `external`; `null` while pending.
            computed_at (datetime.datetime | None): When it was computed; `null` while pending.
            explanation (MatchExplanation | None): Why this score; `null` while pending.
    """

    application_id: UUID
    job_id: UUID
    status: ApplicationMatchStatus
    advisory: bool
    score: int | None
    method: None | str
    computed_at: datetime.datetime | None
    explanation: MatchExplanation | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.match_explanation import MatchExplanation

        application_id = str(self.application_id)

        job_id = str(self.job_id)

        status = self.status.value

        advisory = self.advisory

        score: int | None
        score = self.score

        method: None | str
        method = self.method

        computed_at: None | str
        if isinstance(self.computed_at, datetime.datetime):
            computed_at = self.computed_at.isoformat()
        else:
            computed_at = self.computed_at

        explanation: dict[str, Any] | None
        if isinstance(self.explanation, MatchExplanation):
            explanation = self.explanation.to_dict()
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "job_id": job_id,
                "status": status,
                "advisory": advisory,
                "score": score,
                "method": method,
                "computed_at": computed_at,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.match_explanation import MatchExplanation

        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        job_id = UUID(d.pop("job_id"))

        status = ApplicationMatchStatus(d.pop("status"))

        advisory = d.pop("advisory")

        def _parse_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        score = _parse_score(d.pop("score"))

        def _parse_method(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        method = _parse_method(d.pop("method"))

        def _parse_computed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                computed_at_type_0 = datetime.datetime.fromisoformat(data)

                return computed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        computed_at = _parse_computed_at(d.pop("computed_at"))

        def _parse_explanation(data: object) -> MatchExplanation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                explanation_type_0 = MatchExplanation.from_dict(data)

                return explanation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchExplanation | None, data)

        explanation = _parse_explanation(d.pop("explanation"))

        application_match = cls(
            application_id=application_id,
            job_id=job_id,
            status=status,
            advisory=advisory,
            score=score,
            method=method,
            computed_at=computed_at,
            explanation=explanation,
        )

        application_match.additional_properties = d
        return application_match

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
