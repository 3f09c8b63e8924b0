from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.application_update import ApplicationUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: ApplicationUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/applications/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Application | Problem | None:
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

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
) -> Response[Application | Problem]:
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
    body: ApplicationUpdate,
    if_match: str,
) -> Response[Application | Problem]:
    """Move, assign or annotate an application

     Workflow new → screening → interview → offer → hired, and rejected from any stage that is
    not final. An invalid transition is `409` naming the current status. Rejecting takes a
    `rejection_reason_id` (required when the employer's rejection reasons say so) and, like
    any change, an optional `note`. A note keeps its author and time and is never shown to
    applicants. `assignee_id` hands the application to a member (`null`: to nobody).

    Args:
        id (UUID):
        if_match (str):
        body (ApplicationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Problem]
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
    body: ApplicationUpdate,
    if_match: str,
) -> Application | Problem | None:
    """Move, assign or annotate an application

     Workflow new → screening → interview → offer → hired, and rejected from any stage that is
    not final. An invalid transition is `409` naming the current status. Rejecting takes a
    `rejection_reason_id` (required when the employer's rejection reasons say so) and, like
    any change, an optional `note`. A note keeps its author and time and is never shown to
    applicants. `assignee_id` hands the application to a member (`null`: to nobody).

    Args:
        id (UUID):
        if_match (str):
        body (ApplicationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Problem
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
    body: ApplicationUpdate,
    if_match: str,
) -> Response[Application | Problem]:
    """Move, assign or annotate an application

     Workflow new → screening → interview → offer → hired, and rejected from any stage that is
    not final. An invalid transition is `409` naming the current status. Rejecting takes a
    `rejection_reason_id` (required when the employer's rejection reasons say so) and, like
    any change, an optional `note`. A note keeps its author and time and is never shown to
    applicants. `assignee_id` hands the application to a member (`null`: to nobody).

    Args:
        id (UUID):
        if_match (str):
        body (ApplicationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Problem]
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
    body: ApplicationUpdate,
    if_match: str,
) -> Application | Problem | None:
    """Move, assign or annotate an application

     Workflow new → screening → interview → offer → hired, and rejected from any stage that is
    not final. An invalid transition is `409` naming the current status. Rejecting takes a
    `rejection_reason_id` (required when the employer's rejection reasons say so) and, like
    any change, an optional `note`. A note keeps its author and time and is never shown to
    applicants. `assignee_id` hands the application to a member (`null`: to nobody).

    Args:
        id (UUID):
        if_match (str):
        body (ApplicationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
