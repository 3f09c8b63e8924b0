from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_translation import JobTranslation
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    locale: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{id}/translations/{locale}".format(
            id=quote(str(id), safe=""),
            locale=quote(str(locale), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobTranslation | Problem | None:
    if response.status_code == 200:
        response_200 = JobTranslation.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
) -> Response[JobTranslation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobTranslation | Problem]:
    """Get one translation of a job

     The translation in `locale` (any case; it is canonicalized), with its `ETag`.

    Args:
        id (UUID):
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobTranslation | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobTranslation | Problem | None:
    """Get one translation of a job

     The translation in `locale` (any case; it is canonicalized), with its `ETag`.

    Args:
        id (UUID):
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobTranslation | Problem
    """

    return sync_detailed(
        id=id,
        locale=locale,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobTranslation | Problem]:
    """Get one translation of a job

     The translation in `locale` (any case; it is canonicalized), with its `ETag`.

    Args:
        id (UUID):
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobTranslation | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobTranslation | Problem | None:
    """Get one translation of a job

     The translation in `locale` (any case; it is canonicalized), with its `ETag`.

    Args:
        id (UUID):
        locale (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobTranslation | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            locale=locale,
            client=client,
        )
    ).parsed
