from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.suggestion_list import SuggestionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    limit: int | Unset = 8,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jobs/suggest",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SuggestionList | None:
    if response.status_code == 200:
        response_200 = SuggestionList.from_dict(response.json())

        return response_200

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
) -> Response[Any | Problem | SuggestionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 8,
) -> Response[Any | Problem | SuggestionList]:
    """Complete a search box

     Completions for what a person is typing into a job search box: the titles, departments
    and locations of published jobs that match `q` the way search matches (every word; one
    typo in words of 5 letters or more, two in words of 9 or more, never in the first
    letter; the last word also as a prefix), best match first, then the values most jobs
    carry. Each says how many published jobs have that title, are in that department or
    at that location. Answers carry an `ETag` and `Cache-Control` like the other public
    reads (`If-None-Match` → `304`) and share their `search` rate limit.

    Args:
        q (str):
        limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SuggestionList]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 8,
) -> Any | Problem | SuggestionList | None:
    """Complete a search box

     Completions for what a person is typing into a job search box: the titles, departments
    and locations of published jobs that match `q` the way search matches (every word; one
    typo in words of 5 letters or more, two in words of 9 or more, never in the first
    letter; the last word also as a prefix), best match first, then the values most jobs
    carry. Each says how many published jobs have that title, are in that department or
    at that location. Answers carry an `ETag` and `Cache-Control` like the other public
    reads (`If-None-Match` → `304`) and share their `search` rate limit.

    Args:
        q (str):
        limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SuggestionList
    """

    return sync_detailed(
        client=client,
        q=q,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 8,
) -> Response[Any | Problem | SuggestionList]:
    """Complete a search box

     Completions for what a person is typing into a job search box: the titles, departments
    and locations of published jobs that match `q` the way search matches (every word; one
    typo in words of 5 letters or more, two in words of 9 or more, never in the first
    letter; the last word also as a prefix), best match first, then the values most jobs
    carry. Each says how many published jobs have that title, are in that department or
    at that location. Answers carry an `ETag` and `Cache-Control` like the other public
    reads (`If-None-Match` → `304`) and share their `search` rate limit.

    Args:
        q (str):
        limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SuggestionList]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 8,
) -> Any | Problem | SuggestionList | None:
    """Complete a search box

     Completions for what a person is typing into a job search box: the titles, departments
    and locations of published jobs that match `q` the way search matches (every word; one
    typo in words of 5 letters or more, two in words of 9 or more, never in the first
    letter; the last word also as a prefix), best match first, then the values most jobs
    carry. Each says how many published jobs have that title, are in that department or
    at that location. Answers carry an `ETag` and `Cache-Control` like the other public
    reads (`If-None-Match` → `304`) and share their `search` rate limit.

    Args:
        q (str):
        limit (int | Unset):  Default: 8.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SuggestionList
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            limit=limit,
        )
    ).parsed
