from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cv_text_list import CvTextList
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applicants/{id}/cv-texts".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CvTextList | Problem | None:
    if response.status_code == 200:
        response_200 = CvTextList.from_dict(response.json())

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
) -> Response[CvTextList | Problem]:
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
) -> Response[CvTextList | Problem]:
    """The text read from an applicant's CVs

     Every CV file of the applicant (the one on their record and those sent with
    applications) and what reading it found: `extracted` with its text, `pending` while it
    is read, `rejected` with the reason when the file was refused (a compression bomb, an
    encrypted PDF, no text), `failed` when reading it failed. PDF, DOCX and ODT are read, in
    the background, bounded in time, memory and expanded size. The words of the text are
    found by the applicants list's `q`. Erasing the applicant erases them.

    Only while the employer has applicant matching on (`settings.applicant_matching_enabled`);
    otherwise `409` and nothing is read.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CvTextList | Problem]
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
) -> CvTextList | Problem | None:
    """The text read from an applicant's CVs

     Every CV file of the applicant (the one on their record and those sent with
    applications) and what reading it found: `extracted` with its text, `pending` while it
    is read, `rejected` with the reason when the file was refused (a compression bomb, an
    encrypted PDF, no text), `failed` when reading it failed. PDF, DOCX and ODT are read, in
    the background, bounded in time, memory and expanded size. The words of the text are
    found by the applicants list's `q`. Erasing the applicant erases them.

    Only while the employer has applicant matching on (`settings.applicant_matching_enabled`);
    otherwise `409` and nothing is read.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CvTextList | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CvTextList | Problem]:
    """The text read from an applicant's CVs

     Every CV file of the applicant (the one on their record and those sent with
    applications) and what reading it found: `extracted` with its text, `pending` while it
    is read, `rejected` with the reason when the file was refused (a compression bomb, an
    encrypted PDF, no text), `failed` when reading it failed. PDF, DOCX and ODT are read, in
    the background, bounded in time, memory and expanded size. The words of the text are
    found by the applicants list's `q`. Erasing the applicant erases them.

    Only while the employer has applicant matching on (`settings.applicant_matching_enabled`);
    otherwise `409` and nothing is read.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CvTextList | Problem]
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
) -> CvTextList | Problem | None:
    """The text read from an applicant's CVs

     Every CV file of the applicant (the one on their record and those sent with
    applications) and what reading it found: `extracted` with its text, `pending` while it
    is read, `rejected` with the reason when the file was refused (a compression bomb, an
    encrypted PDF, no text), `failed` when reading it failed. PDF, DOCX and ODT are read, in
    the background, bounded in time, memory and expanded size. The words of the text are
    found by the applicants list's `q`. Erasing the applicant erases them.

    Only while the employer has applicant matching on (`settings.applicant_matching_enabled`);
    otherwise `409` and nothing is read.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CvTextList | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
