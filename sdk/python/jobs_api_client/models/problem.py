from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_field_error import ProblemFieldError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details: every 4xx and 5xx answer of this API. `type` is one of these
    (the list is also machine-readable as `x-problem-types`; a test fails when the server
    can answer a type that is not here):

    | type | status | when | members |
    |---|---|---|---|
    | `about:blank` | any | The HTTP status says it all (404, 405, 406, 415, 500): `title` is its reason phrase,
    `detail` what to check. |  |
    | `urn:jobs-api:problem:validation` | 422 | The body (or a rule the contract cannot state) is not satisfied. |
    `errors`: a JSON Pointer per member and what it must be (allowed values, type, bounds). |
    | `urn:jobs-api:problem:malformed-json` | 400 | The body is not JSON: where it breaks (line, column). |  |
    | `urn:jobs-api:problem:invalid-parameter` | 400 | A query parameter has a value of the wrong form. | `errors`:
    `#/query/<name>` and what it must be. |
    | `urn:jobs-api:problem:unknown-parameter` | 400 | A query parameter the operation does not take (a typo, such as
    `sortt`). | `errors`: `#/query/<name>`; `detail` lists the parameters the operation takes. |
    | `urn:jobs-api:problem:invalid-header` | 400 | A header has a value of the wrong form (an unquoted `If-Match`). |
    `errors`: `#/header/<Name>`. |
    | `urn:jobs-api:problem:token-required` | 401 | No bearer token where the operation needs one (`WWW-Authenticate:
    Bearer`). |  |
    | `urn:jobs-api:problem:invalid-token` | 401 | The token is not accepted: `detail` and the challenge's
    `error_description` say why (expired, not yet valid, another audience or issuer, an unknown key, not an access
    token, …). |  |
    | `urn:jobs-api:problem:role-required` | 403 | The token's roles may not call this operation. | `required_roles`:
    the roles that may. |
    | `urn:jobs-api:problem:member-deactivated` | 403 | An admin of the employer deactivated the token's holder: their
    tokens no longer work for it. |  |
    | `urn:jobs-api:problem:not-permitted` | 403 | The role may call the operation, but not on this resource (a comment
    is edited by its author only, deleted by its author or an admin; an admin cannot deactivate themselves). |  |
    | `urn:jobs-api:problem:template-invalid` | 422 | A notification template does not render with sample data (a syntax
    error, an unknown variable). | `errors`: the part (`/subject`, `/text`, `/html`) with the line and column. |
    | `urn:jobs-api:problem:invalid-link` | 400 | A link from an e-mail (unsubscribe, confirmation) is not one the
    server signed, or lost characters. |  |
    | `urn:jobs-api:problem:link-expired` | 410 | A confirmation link is older than 7 days. |  |
    | `urn:jobs-api:problem:link-used` | 410 | A confirmation link was already followed (single use). |  |
    | `urn:jobs-api:problem:precondition-required` | 428 | The operation changes a resource only with `If-Match` (the
    ETag of your last read). |  |
    | `urn:jobs-api:problem:precondition-failed` | 412 | The resource changed since the ETag in `If-Match` was read:
    read it again. |  |
    | `urn:jobs-api:problem:invalid-cursor` | 400 | The cursor is not one this list issued, or was issued for other
    filters. |  |
    | `urn:jobs-api:problem:invalid-transition` | 409 | The resource's status does not allow the action. |
    `current_status`. |
    | `urn:jobs-api:problem:incomplete` | 409 | Members an action needs (publishing) are missing. | `errors`. |
    | `urn:jobs-api:problem:conflict` | 409 | The change would duplicate a unique value, or the resource is not in a
    state to take it. |  |
    | `urn:jobs-api:problem:already-applied` | 409 | This applicant token already applied to the job. |
    `existing_application_id`: its receipt. |
    | `urn:jobs-api:problem:idempotency-in-flight` | 409 | A request with this Idempotency-Key has not finished: retry
    later. |  |
    | `urn:jobs-api:problem:idempotency-key-reused` | 422 | This Idempotency-Key was used with another payload. |  |
    | `urn:jobs-api:problem:captcha-rejected` | 400 | The CAPTCHA verifier refused the token. |  |
    | `urn:jobs-api:problem:body-too-large` | 413 | The body is larger than the server accepts. | `limit_bytes`. |
    | `urn:jobs-api:problem:rate-limited` | 429 | The client's rate limit was reached (`RateLimit-Policy`): retry after
    `Retry-After`. |  |
    | `urn:jobs-api:problem:timeout` | 503 | The request took longer than the server's time budget: retry after `Retry-
    After`. |  |
    | `urn:jobs-api:problem:unavailable` | 503 | A dependency (the database, object storage, the CAPTCHA verifier) is
    unavailable: retry after `Retry-After`. |  |
    | `urn:jobs-api:problem:not-configured` | 503 | A feature the operator has not configured (uploads without a bucket,
    webhooks without a key): `detail` names the setting. |  |

        Attributes:
            type_ (str): Problem type (see the table above); `about:blank` when the status says it all.
            title (str): Short summary of the problem type.
            status (int): The HTTP status code.
            detail (str | Unset): Explanation of this occurrence.
            instance (str | Unset): This occurrence (the request path).
            request_id (str | Unset): The request id, also sent as `X-Request-Id`.
            errors (list[ProblemFieldError] | Unset): One entry per invalid member.
            current_status (str | Unset): The resource's status when a transition was refused.
            existing_application_id (UUID | Unset): The application that already exists for this job and person.
            required_roles (list[str] | Unset): The roles that may call the operation (`role-required`).
            limit_bytes (int | Unset): The largest body the server accepts (`body-too-large`).
    """

    type_: str
    title: str
    status: int
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    request_id: str | Unset = UNSET
    errors: list[ProblemFieldError] | Unset = UNSET
    current_status: str | Unset = UNSET
    existing_application_id: UUID | Unset = UNSET
    required_roles: list[str] | Unset = UNSET
    limit_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        request_id = self.request_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        current_status = self.current_status

        existing_application_id: str | Unset = UNSET
        if not isinstance(self.existing_application_id, Unset):
            existing_application_id = str(self.existing_application_id)

        required_roles: list[str] | Unset = UNSET
        if not isinstance(self.required_roles, Unset):
            required_roles = self.required_roles

        limit_bytes = self.limit_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if existing_application_id is not UNSET:
            field_dict["existing_application_id"] = existing_application_id
        if required_roles is not UNSET:
            field_dict["required_roles"] = required_roles
        if limit_bytes is not UNSET:
            field_dict["limit_bytes"] = limit_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.problem_field_error import ProblemFieldError

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        request_id = d.pop("request_id", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ProblemFieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ProblemFieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        current_status = d.pop("current_status", UNSET)

        _existing_application_id = d.pop("existing_application_id", UNSET)
        existing_application_id: UUID | Unset
        if isinstance(_existing_application_id, Unset):
            existing_application_id = UNSET
        else:
            existing_application_id = UUID(_existing_application_id)

        required_roles = cast(list[str], d.pop("required_roles", UNSET))

        limit_bytes = d.pop("limit_bytes", UNSET)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            request_id=request_id,
            errors=errors,
            current_status=current_status,
            existing_application_id=existing_application_id,
            required_roles=required_roles,
            limit_bytes=limit_bytes,
        )

        problem.additional_properties = d
        return problem

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
