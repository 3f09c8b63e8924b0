from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_explanation_cv import MatchExplanationCv

if TYPE_CHECKING:
    from ..models.match_explanation_components_item import (
        MatchExplanationComponentsItem,
    )
    from ..models.match_explanation_languages import MatchExplanationLanguages
    from ..models.match_explanation_location import MatchExplanationLocation
    from ..models.match_explanation_skills import MatchExplanationSkills
    from ..models.match_explanation_terms_item import MatchExplanationTermsItem


T = TypeVar("T", bound="MatchExplanation")


@_attrs_define
class MatchExplanation:
    """What the score read and what it found.

    Attributes:
        advisory (bool): Always `true`.
        method (str): `lexical`, `lexical+semantic` or `external`.
        notes (list[str]): What to know about how this score was made (for example: lexical, no sentence model is
            configured; no CV text).
        skills (MatchExplanationSkills): The job's skills the applicant has (listed on their record, found in the CV's
            text) and those missing.
        languages (MatchExplanationLanguages): The job's languages the applicant has, and those missing.
        terms (list[MatchExplanationTermsItem]): The job's words that counted most in the CV's text, with their BM25
            weight (at most 10).
        location (MatchExplanationLocation): How the place fits.
        components (list[MatchExplanationComponentsItem]): Each component that applies to the job: its weight, the
            fraction of it met and the points it gives (they add up to the score).
        cv (MatchExplanationCv): What became of the CV: `extracted`, `pending`, `rejected`, `failed`, or `none` (no CV
            file).
        semantic_similarity (float | None): Cosine similarity of the job's and the CV's sentence embeddings, when a
            model computed them.
    """

    advisory: bool
    method: str
    notes: list[str]
    skills: MatchExplanationSkills
    languages: MatchExplanationLanguages
    terms: list[MatchExplanationTermsItem]
    location: MatchExplanationLocation
    components: list[MatchExplanationComponentsItem]
    cv: MatchExplanationCv
    semantic_similarity: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advisory = self.advisory

        method = self.method

        notes = self.notes

        skills = self.skills.to_dict()

        languages = self.languages.to_dict()

        terms = []
        for terms_item_data in self.terms:
            terms_item = terms_item_data.to_dict()
            terms.append(terms_item)

        location = self.location.to_dict()

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        cv = self.cv.value

        semantic_similarity: float | None
        semantic_similarity = self.semantic_similarity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advisory": advisory,
                "method": method,
                "notes": notes,
                "skills": skills,
                "languages": languages,
                "terms": terms,
                "location": location,
                "components": components,
                "cv": cv,
                "semantic_similarity": semantic_similarity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.match_explanation_components_item import (
            MatchExplanationComponentsItem,
        )
        from ..models.match_explanation_languages import MatchExplanationLanguages
        from ..models.match_explanation_location import MatchExplanationLocation
        from ..models.match_explanation_skills import MatchExplanationSkills
        from ..models.match_explanation_terms_item import MatchExplanationTermsItem

        d = dict(src_dict)
        advisory = d.pop("advisory")

        method = d.pop("method")

        notes = cast(list[str], d.pop("notes"))

        skills = MatchExplanationSkills.from_dict(d.pop("skills"))

        languages = MatchExplanationLanguages.from_dict(d.pop("languages"))

        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:
            terms_item = MatchExplanationTermsItem.from_dict(terms_item_data)

            terms.append(terms_item)

        location = MatchExplanationLocation.from_dict(d.pop("location"))

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = MatchExplanationComponentsItem.from_dict(
                components_item_data
            )

            components.append(components_item)

        cv = MatchExplanationCv(d.pop("cv"))

        def _parse_semantic_similarity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        semantic_similarity = _parse_semantic_similarity(d.pop("semantic_similarity"))

        match_explanation = cls(
            advisory=advisory,
            method=method,
            notes=notes,
            skills=skills,
            languages=languages,
            terms=terms,
            location=location,
            components=components,
            cv=cv,
            semantic_similarity=semantic_similarity,
        )

        match_explanation.additional_properties = d
        return match_explanation

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
