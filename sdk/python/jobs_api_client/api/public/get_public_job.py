from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_job import PublicJob
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jobs/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicJob | None:
    if response.status_code == 200:
        response_200 = PublicJob.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Any | Problem | PublicJob]:
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
) -> Response[Any | Problem | PublicJob]:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJob]
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
) -> Any | Problem | PublicJob | None:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJob
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | PublicJob]:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJob]
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
) -> Any | Problem | PublicJob | None:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJob
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
