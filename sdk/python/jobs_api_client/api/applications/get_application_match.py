from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_match import ApplicationMatch
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applications/{id}/match".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationMatch | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationMatch.from_dict(response.json())

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
) -> Response[ApplicationMatch | Problem]:
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
) -> Response[ApplicationMatch | Problem]:
    """How well an application fits its job

     The application's advisory match score (0–100) against its job, and why: the skills
    and languages the job asks for that the applicant lists or the CV's text shows, those
    missing, the job's words that counted most in the CV (BM25), the place, and each
    component's points. With a sentence model configured (`JOBS_MATCH_MODEL_DIR`) the
    similarity of the job's and the CV's embeddings counts too; without one the score is
    lexical and the explanation says so.

    The score is computed in the background when an application arrives or what it reads
    changes (a CV is read, the job or the applicant is edited): `status: pending` until the
    first one. It is advice for a person reading applications and decides nothing. Name,
    e-mail, phone, photo, age, gender and nationality never enter it.

    Matching is an employer's choice, off by default: while `settings.applicant_matching_enabled`
    is not `true` this is `409` (an employer admin turns it on with `PATCH /v1/employer`).

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationMatch | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApplicationMatch | Problem | None:
    """How well an application fits its job

     The application's advisory match score (0–100) against its job, and why: the skills
    and languages the job asks for that the applicant lists or the CV's text shows, those
    missing, the job's words that counted most in the CV (BM25), the place, and each
    component's points. With a sentence model configured (`JOBS_MATCH_MODEL_DIR`) the
    similarity of the job's and the CV's embeddings counts too; without one the score is
    lexical and the explanation says so.

    The score is computed in the background when an application arrives or what it reads
    changes (a CV is read, the job or the applicant is edited): `status: pending` until the
    first one. It is advice for a person reading applications and decides nothing. Name,
    e-mail, phone, photo, age, gender and nationality never enter it.

    Matching is an employer's choice, off by default: while `settings.applicant_matching_enabled`
    is not `true` this is `409` (an employer admin turns it on with `PATCH /v1/employer`).

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationMatch | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApplicationMatch | Problem]:
    """How well an application fits its job

     The application's advisory match score (0–100) against its job, and why: the skills
    and languages the job asks for that the applicant lists or the CV's text shows, those
    missing, the job's words that counted most in the CV (BM25), the place, and each
    component's points. With a sentence model configured (`JOBS_MATCH_MODEL_DIR`) the
    similarity of the job's and the CV's embeddings counts too; without one the score is
    lexical and the explanation says so.

    The score is computed in the background when an application arrives or what it reads
    changes (a CV is read, the job or the applicant is edited): `status: pending` until the
    first one. It is advice for a person reading applications and decides nothing. Name,
    e-mail, phone, photo, age, gender and nationality never enter it.

    Matching is an employer's choice, off by default: while `settings.applicant_matching_enabled`
    is not `true` this is `409` (an employer admin turns it on with `PATCH /v1/employer`).

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationMatch | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApplicationMatch | Problem | None:
    """How well an application fits its job

     The application's advisory match score (0–100) against its job, and why: the skills
    and languages the job asks for that the applicant lists or the CV's text shows, those
    missing, the job's words that counted most in the CV (BM25), the place, and each
    component's points. With a sentence model configured (`JOBS_MATCH_MODEL_DIR`) the
    similarity of the job's and the CV's embeddings counts too; without one the score is
    lexical and the explanation says so.

    The score is computed in the background when an application arrives or what it reads
    changes (a CV is read, the job or the applicant is edited): `status: pending` until the
    first one. It is advice for a person reading applications and decides nothing. Name,
    e-mail, phone, photo, age, gender and nationality never enter it.

    Matching is an employer's choice, off by default: while `settings.applicant_matching_enabled`
    is not `true` this is `409` (an employer admin turns it on with `PATCH /v1/employer`).

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationMatch | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
