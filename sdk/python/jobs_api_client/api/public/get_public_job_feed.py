from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employer_id: UUID | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employer_id: str | Unset = UNSET
    if not isinstance(employer_id, Unset):
        json_employer_id = str(employer_id)
    params["employer_id"] = json_employer_id

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jobs/feed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """RSS feed of published jobs

     The 50 newest published jobs (of every employer, or of `employer_id`) as RSS 2.0, newest
    first, each with a stable `guid` (the job's id) and a link to apply. Cacheable: answers
    carry `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.
    With `lang`, each job is in that language where it has a translation (its own
    otherwise), the channel's `language` is `lang`, and the channel links the feed in the
    other languages its jobs are written in (`atom:link rel="alternate" hreflang`).

    Args:
        employer_id (UUID | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        employer_id=employer_id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Any | Problem | None:
    """RSS feed of published jobs

     The 50 newest published jobs (of every employer, or of `employer_id`) as RSS 2.0, newest
    first, each with a stable `guid` (the job's id) and a link to apply. Cacheable: answers
    carry `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.
    With `lang`, each job is in that language where it has a translation (its own
    otherwise), the channel's `language` is `lang`, and the channel links the feed in the
    other languages its jobs are written in (`atom:link rel="alternate" hreflang`).

    Args:
        employer_id (UUID | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        employer_id=employer_id,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """RSS feed of published jobs

     The 50 newest published jobs (of every employer, or of `employer_id`) as RSS 2.0, newest
    first, each with a stable `guid` (the job's id) and a link to apply. Cacheable: answers
    carry `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.
    With `lang`, each job is in that language where it has a translation (its own
    otherwise), the channel's `language` is `lang`, and the channel links the feed in the
    other languages its jobs are written in (`atom:link rel="alternate" hreflang`).

    Args:
        employer_id (UUID | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        employer_id=employer_id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Any | Problem | None:
    """RSS feed of published jobs

     The 50 newest published jobs (of every employer, or of `employer_id`) as RSS 2.0, newest
    first, each with a stable `guid` (the job's id) and a link to apply. Cacheable: answers
    carry `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.
    With `lang`, each job is in that language where it has a translation (its own
    otherwise), the channel's `language` is `lang`, and the channel links the feed in the
    other languages its jobs are written in (`atom:link rel="alternate" hreflang`).

    Args:
        employer_id (UUID | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            employer_id=employer_id,
            lang=lang,
        )
    ).parsed
