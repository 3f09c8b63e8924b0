from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.member_list import MemberList
from ...models.member_role import MemberRole
from ...models.member_status import MemberStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: MemberRole | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    q: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["q"] = q

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MemberList | Problem | None:
    if response.status_code == 200:
        response_200 = MemberList.from_dict(response.json())

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
) -> Response[MemberList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    role: MemberRole | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    q: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[MemberList | Problem]:
    """List the employer's team

     The people of the employer as the API knows them, in the order they were first seen.
    A member is recorded the first time a token with an employer role (`employer_admin`,
    `recruiter`, `viewer`) is used for this employer, from its `sub` and, when the token has
    them, its `name` and `email` claims; `roles` and `last_seen_at` follow the newest token
    (refreshed at most every few minutes). There are no passwords here: the identity
    provider stays the only place people sign in.

    Args:
        role (MemberRole | Unset): An employer role a member's token held.
        status (MemberStatus | Unset): `active`, or `deactivated` (the member's tokens no longer
            work for this employer).
        q (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemberList | Problem]
    """

    kwargs = _get_kwargs(
        role=role,
        status=status,
        q=q,
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
    role: MemberRole | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    q: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> MemberList | Problem | None:
    """List the employer's team

     The people of the employer as the API knows them, in the order they were first seen.
    A member is recorded the first time a token with an employer role (`employer_admin`,
    `recruiter`, `viewer`) is used for this employer, from its `sub` and, when the token has
    them, its `name` and `email` claims; `roles` and `last_seen_at` follow the newest token
    (refreshed at most every few minutes). There are no passwords here: the identity
    provider stays the only place people sign in.

    Args:
        role (MemberRole | Unset): An employer role a member's token held.
        status (MemberStatus | Unset): `active`, or `deactivated` (the member's tokens no longer
            work for this employer).
        q (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemberList | Problem
    """

    return sync_detailed(
        client=client,
        role=role,
        status=status,
        q=q,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    role: MemberRole | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    q: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[MemberList | Problem]:
    """List the employer's team

     The people of the employer as the API knows them, in the order they were first seen.
    A member is recorded the first time a token with an employer role (`employer_admin`,
    `recruiter`, `viewer`) is used for this employer, from its `sub` and, when the token has
    them, its `name` and `email` claims; `roles` and `last_seen_at` follow the newest token
    (refreshed at most every few minutes). There are no passwords here: the identity
    provider stays the only place people sign in.

    Args:
        role (MemberRole | Unset): An employer role a member's token held.
        status (MemberStatus | Unset): `active`, or `deactivated` (the member's tokens no longer
            work for this employer).
        q (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemberList | Problem]
    """

    kwargs = _get_kwargs(
        role=role,
        status=status,
        q=q,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    role: MemberRole | Unset = UNSET,
    status: MemberStatus | Unset = UNSET,
    q: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> MemberList | Problem | None:
    """List the employer's team

     The people of the employer as the API knows them, in the order they were first seen.
    A member is recorded the first time a token with an employer role (`employer_admin`,
    `recruiter`, `viewer`) is used for this employer, from its `sub` and, when the token has
    them, its `name` and `email` claims; `roles` and `last_seen_at` follow the newest token
    (refreshed at most every few minutes). There are no passwords here: the identity
    provider stays the only place people sign in.

    Args:
        role (MemberRole | Unset): An employer role a member's token held.
        status (MemberStatus | Unset): `active`, or `deactivated` (the member's tokens no longer
            work for this employer).
        q (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemberList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            status=status,
            q=q,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
