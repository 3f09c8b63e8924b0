from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.applicant import Applicant
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    submission_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_submission_id: str | Unset = UNSET
    if not isinstance(submission_id, Unset):
        json_submission_id = str(submission_id)
    params["submission_id"] = json_submission_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{id}:merge".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Applicant | Problem | None:
    if response.status_code == 200:
        response_200 = Applicant.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Applicant | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    submission_id: UUID | Unset = UNSET,
) -> Response[Applicant | Problem]:
    """Merge an application's submission into the applicant

     Applications never change the employer's applicant record by themselves; this is the
    deliberate step that does. From the application's `submission`, the applicant gains a
    phone number or CV reference it lacks, new skills, languages and links (within their
    bounds) and a newer consent record. Name and e-mail address stay as the employer has
    them (edit those with `PATCH /v1/applicants/{id}`). The submission is the one named by
    `submission_id` (one of the application's `submissions`; another id is `404`) or, when
    the path names a submission (a receipt's id), that one; otherwise the first (the
    application's own `submission`). When a submission chosen by name was made with an
    applicant token, the application is linked to that login, so its status shows under
    that person's `GET /v1/me/applications` (never by default: a later submission may be
    someone using the person's address). The change is audited (`applicant.updated` naming
    the application and the submission). An application without a submission (added by a
    recruiter, or anonymized) or whose applicant was erased is `409`.

    Args:
        id (UUID):
        submission_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Applicant | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        submission_id=submission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    submission_id: UUID | Unset = UNSET,
) -> Applicant | Problem | None:
    """Merge an application's submission into the applicant

     Applications never change the employer's applicant record by themselves; this is the
    deliberate step that does. From the application's `submission`, the applicant gains a
    phone number or CV reference it lacks, new skills, languages and links (within their
    bounds) and a newer consent record. Name and e-mail address stay as the employer has
    them (edit those with `PATCH /v1/applicants/{id}`). The submission is the one named by
    `submission_id` (one of the application's `submissions`; another id is `404`) or, when
    the path names a submission (a receipt's id), that one; otherwise the first (the
    application's own `submission`). When a submission chosen by name was made with an
    applicant token, the application is linked to that login, so its status shows under
    that person's `GET /v1/me/applications` (never by default: a later submission may be
    someone using the person's address). The change is audited (`applicant.updated` naming
    the application and the submission). An application without a submission (added by a
    recruiter, or anonymized) or whose applicant was erased is `409`.

    Args:
        id (UUID):
        submission_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Applicant | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        submission_id=submission_id,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    submission_id: UUID | Unset = UNSET,
) -> Response[Applicant | Problem]:
    """Merge an application's submission into the applicant

     Applications never change the employer's applicant record by themselves; this is the
    deliberate step that does. From the application's `submission`, the applicant gains a
    phone number or CV reference it lacks, new skills, languages and links (within their
    bounds) and a newer consent record. Name and e-mail address stay as the employer has
    them (edit those with `PATCH /v1/applicants/{id}`). The submission is the one named by
    `submission_id` (one of the application's `submissions`; another id is `404`) or, when
    the path names a submission (a receipt's id), that one; otherwise the first (the
    application's own `submission`). When a submission chosen by name was made with an
    applicant token, the application is linked to that login, so its status shows under
    that person's `GET /v1/me/applications` (never by default: a later submission may be
    someone using the person's address). The change is audited (`applicant.updated` naming
    the application and the submission). An application without a submission (added by a
    recruiter, or anonymized) or whose applicant was erased is `409`.

    Args:
        id (UUID):
        submission_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Applicant | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        submission_id=submission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    submission_id: UUID | Unset = UNSET,
) -> Applicant | Problem | None:
    """Merge an application's submission into the applicant

     Applications never change the employer's applicant record by themselves; this is the
    deliberate step that does. From the application's `submission`, the applicant gains a
    phone number or CV reference it lacks, new skills, languages and links (within their
    bounds) and a newer consent record. Name and e-mail address stay as the employer has
    them (edit those with `PATCH /v1/applicants/{id}`). The submission is the one named by
    `submission_id` (one of the application's `submissions`; another id is `404`) or, when
    the path names a submission (a receipt's id), that one; otherwise the first (the
    application's own `submission`). When a submission chosen by name was made with an
    applicant token, the application is linked to that login, so its status shows under
    that person's `GET /v1/me/applications` (never by default: a later submission may be
    someone using the person's address). The change is audited (`applicant.updated` naming
    the application and the submission). An application without a submission (added by a
    recruiter, or anonymized) or whose applicant was erased is `409`.

    Args:
        id (UUID):
        submission_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Applicant | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            submission_id=submission_id,
        )
    ).parsed
