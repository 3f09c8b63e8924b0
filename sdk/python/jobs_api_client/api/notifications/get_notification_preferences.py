from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preferences import NotificationPreferences
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me/notification-preferences",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreferences | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPreferences.from_dict(response.json())

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
) -> Response[NotificationPreferences | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotificationPreferences | Problem]:
    """The caller's notification preferences

     How the calling member receives each kind of notification: `immediate`,
    `daily_digest` (one e-mail a day at `digest_hour` in `time_zone`, UTC by default) or
    `off`. Kinds not chosen show their default (`immediate`). A new application reaches the
    job's hiring team; for a job without a team, only the admins and recruiters who chose
    `application.created` hear of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferences | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> NotificationPreferences | Problem | None:
    """The caller's notification preferences

     How the calling member receives each kind of notification: `immediate`,
    `daily_digest` (one e-mail a day at `digest_hour` in `time_zone`, UTC by default) or
    `off`. Kinds not chosen show their default (`immediate`). A new application reaches the
    job's hiring team; for a job without a team, only the admins and recruiters who chose
    `application.created` hear of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferences | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotificationPreferences | Problem]:
    """The caller's notification preferences

     How the calling member receives each kind of notification: `immediate`,
    `daily_digest` (one e-mail a day at `digest_hour` in `time_zone`, UTC by default) or
    `off`. Kinds not chosen show their default (`immediate`). A new application reaches the
    job's hiring team; for a job without a team, only the admins and recruiters who chose
    `application.created` hear of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferences | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> NotificationPreferences | Problem | None:
    """The caller's notification preferences

     How the calling member receives each kind of notification: `immediate`,
    `daily_digest` (one e-mail a day at `digest_hour` in `time_zone`, UTC by default) or
    `off`. Kinds not chosen show their default (`immediate`). A new application reaches the
    job's hiring team; for a job without a team, only the admins and recruiters who chose
    `application.created` hear of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferences | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
