from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rejection_reasons import RejectionReasons
from ...models.rejection_reasons_replace import RejectionReasonsReplace
from ...types import Response


def _get_kwargs(
    *,
    body: RejectionReasonsReplace,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/rejection-reasons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RejectionReasons | None:
    if response.status_code == 200:
        response_200 = RejectionReasons.from_dict(response.json())

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
) -> Response[Problem | RejectionReasons]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RejectionReasonsReplace,
    if_match: str,
) -> Response[Problem | RejectionReasons]:
    """Replace the rejection reasons

     Admins only. The whole list: a reason with an `id` keeps it (it must be one of the
    current list's), one without gets a new one. Applications rejected for a reason that is
    later removed keep its id and label. Records `rejection_reasons.updated`.

    Args:
        if_match (str):
        body (RejectionReasonsReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionReasons]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RejectionReasonsReplace,
    if_match: str,
) -> Problem | RejectionReasons | None:
    """Replace the rejection reasons

     Admins only. The whole list: a reason with an `id` keeps it (it must be one of the
    current list's), one without gets a new one. Applications rejected for a reason that is
    later removed keep its id and label. Records `rejection_reasons.updated`.

    Args:
        if_match (str):
        body (RejectionReasonsReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejectionReasons
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RejectionReasonsReplace,
    if_match: str,
) -> Response[Problem | RejectionReasons]:
    """Replace the rejection reasons

     Admins only. The whole list: a reason with an `id` keeps it (it must be one of the
    current list's), one without gets a new one. Applications rejected for a reason that is
    later removed keep its id and label. Records `rejection_reasons.updated`.

    Args:
        if_match (str):
        body (RejectionReasonsReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionReasons]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RejectionReasonsReplace,
    if_match: str,
) -> Problem | RejectionReasons | None:
    """Replace the rejection reasons

     Admins only. The whole list: a reason with an `id` keeps it (it must be one of the
    current list's), one without gets a new one. Applications rejected for a reason that is
    later removed keep its id and label. Records `rejection_reasons.updated`.

    Args:
        if_match (str):
        body (RejectionReasonsReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejectionReasons
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
