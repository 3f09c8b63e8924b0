from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_job_change_list import PublicJobChangeList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employer_id: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employer_id: str | Unset = UNSET
    if not isinstance(employer_id, Unset):
        json_employer_id = str(employer_id)
    params["employer_id"] = json_employer_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jobs/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicJobChangeList | None:
    if response.status_code == 200:
        response_200 = PublicJobChangeList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Problem | PublicJobChangeList]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[Problem | PublicJobChangeList]:
    """Follow changes to published jobs

     Every change to a published job, in commit order: `published` (it became public),
    `updated` (it or its employer's public profile changed), and the tombstones `closed` and
    `removed` (deleted, or its employer's careers page was switched off). `published` and
    `updated` carry the job as it is now; one whose job is no longer public is left out
    (its tombstone follows). Apply the items in order and keep `next_cursor`: it is always
    present, and polling with it later returns only what committed since, never skipping a
    change of a transaction that committed late. Without `cursor` the feed starts at its
    beginning.

    Args:
        employer_id (UUID | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicJobChangeList]
    """

    kwargs = _get_kwargs(
        employer_id=employer_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Problem | PublicJobChangeList | None:
    """Follow changes to published jobs

     Every change to a published job, in commit order: `published` (it became public),
    `updated` (it or its employer's public profile changed), and the tombstones `closed` and
    `removed` (deleted, or its employer's careers page was switched off). `published` and
    `updated` carry the job as it is now; one whose job is no longer public is left out
    (its tombstone follows). Apply the items in order and keep `next_cursor`: it is always
    present, and polling with it later returns only what committed since, never skipping a
    change of a transaction that committed late. Without `cursor` the feed starts at its
    beginning.

    Args:
        employer_id (UUID | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicJobChangeList
    """

    return sync_detailed(
        client=client,
        employer_id=employer_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[Problem | PublicJobChangeList]:
    """Follow changes to published jobs

     Every change to a published job, in commit order: `published` (it became public),
    `updated` (it or its employer's public profile changed), and the tombstones `closed` and
    `removed` (deleted, or its employer's careers page was switched off). `published` and
    `updated` carry the job as it is now; one whose job is no longer public is left out
    (its tombstone follows). Apply the items in order and keep `next_cursor`: it is always
    present, and polling with it later returns only what committed since, never skipping a
    change of a transaction that committed late. Without `cursor` the feed starts at its
    beginning.

    Args:
        employer_id (UUID | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicJobChangeList]
    """

    kwargs = _get_kwargs(
        employer_id=employer_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    employer_id: UUID | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Problem | PublicJobChangeList | None:
    """Follow changes to published jobs

     Every change to a published job, in commit order: `published` (it became public),
    `updated` (it or its employer's public profile changed), and the tombstones `closed` and
    `removed` (deleted, or its employer's careers page was switched off). `published` and
    `updated` carry the job as it is now; one whose job is no longer public is left out
    (its tombstone follows). Apply the items in order and keep `next_cursor`: it is always
    present, and polling with it later returns only what committed since, never skipping a
    change of a transaction that committed late. Without `cursor` the feed starts at its
    beginning.

    Args:
        employer_id (UUID | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicJobChangeList
    """

    return (
        await asyncio_detailed(
            client=client,
            employer_id=employer_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
