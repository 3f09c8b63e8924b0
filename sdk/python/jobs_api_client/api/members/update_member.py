from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.member import Member
from ...models.member_update import MemberUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: MemberUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/members/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Member | Problem | None:
    if response.status_code == 200:
        response_200 = Member.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[Member | Problem]:
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
    body: MemberUpdate,
    if_match: str,
) -> Response[Member | Problem]:
    """Rename, re-address, deactivate or reactivate a member

     Admins only. `display_name` and `email` set here win over the token's claims from then
    on. `status: deactivated` stops the member's tokens working for this employer within
    5 seconds on every server (`403` with type `urn:jobs-api:problem:member-deactivated`),
    leaves what they wrote in place, and records `member.deactivated`; `active` lets them in
    again. An admin cannot deactivate themselves (`403`, `not-permitted`). A deactivated member cannot
    be
    assigned, mentioned or put on a hiring team.

    Args:
        id (UUID):
        if_match (str):
        body (MemberUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Member | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MemberUpdate,
    if_match: str,
) -> Member | Problem | None:
    """Rename, re-address, deactivate or reactivate a member

     Admins only. `display_name` and `email` set here win over the token's claims from then
    on. `status: deactivated` stops the member's tokens working for this employer within
    5 seconds on every server (`403` with type `urn:jobs-api:problem:member-deactivated`),
    leaves what they wrote in place, and records `member.deactivated`; `active` lets them in
    again. An admin cannot deactivate themselves (`403`, `not-permitted`). A deactivated member cannot
    be
    assigned, mentioned or put on a hiring team.

    Args:
        id (UUID):
        if_match (str):
        body (MemberUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Member | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MemberUpdate,
    if_match: str,
) -> Response[Member | Problem]:
    """Rename, re-address, deactivate or reactivate a member

     Admins only. `display_name` and `email` set here win over the token's claims from then
    on. `status: deactivated` stops the member's tokens working for this employer within
    5 seconds on every server (`403` with type `urn:jobs-api:problem:member-deactivated`),
    leaves what they wrote in place, and records `member.deactivated`; `active` lets them in
    again. An admin cannot deactivate themselves (`403`, `not-permitted`). A deactivated member cannot
    be
    assigned, mentioned or put on a hiring team.

    Args:
        id (UUID):
        if_match (str):
        body (MemberUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Member | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: MemberUpdate,
    if_match: str,
) -> Member | Problem | None:
    """Rename, re-address, deactivate or reactivate a member

     Admins only. `display_name` and `email` set here win over the token's claims from then
    on. `status: deactivated` stops the member's tokens working for this employer within
    5 seconds on every server (`403` with type `urn:jobs-api:problem:member-deactivated`),
    leaves what they wrote in place, and records `member.deactivated`; `active` lets them in
    again. An admin cannot deactivate themselves (`403`, `not-permitted`). A deactivated member cannot
    be
    assigned, mentioned or put on a hiring team.

    Args:
        id (UUID):
        if_match (str):
        body (MemberUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Member | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
