from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_delivery_list import NotificationDeliveryList
from ...models.notification_delivery_status import NotificationDeliveryStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: NotificationDeliveryStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications/deliveries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationDeliveryList | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationDeliveryList.from_dict(response.json())

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
) -> Response[NotificationDeliveryList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: NotificationDeliveryStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[NotificationDeliveryList | Problem]:
    """The e-mail delivery log

     Admins only. Every message the mailer queued, newest first, with its recipient masked
    (`j***@example.com`), its `Message-ID` and what became of it: `pending`, `sending`,
    `sent`, `failed` (retried at `next_attempt_at`), `dead`, `suppressed` (the address
    unsubscribed), `held` (waiting for a daily digest), `digested`, or `unknown` (a mailer
    stopped while the mail server had the message; never sent twice).

    Args:
        status (NotificationDeliveryStatus | Unset): What became of a queued message.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationDeliveryList | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
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
    status: NotificationDeliveryStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> NotificationDeliveryList | Problem | None:
    """The e-mail delivery log

     Admins only. Every message the mailer queued, newest first, with its recipient masked
    (`j***@example.com`), its `Message-ID` and what became of it: `pending`, `sending`,
    `sent`, `failed` (retried at `next_attempt_at`), `dead`, `suppressed` (the address
    unsubscribed), `held` (waiting for a daily digest), `digested`, or `unknown` (a mailer
    stopped while the mail server had the message; never sent twice).

    Args:
        status (NotificationDeliveryStatus | Unset): What became of a queued message.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationDeliveryList | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: NotificationDeliveryStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[NotificationDeliveryList | Problem]:
    """The e-mail delivery log

     Admins only. Every message the mailer queued, newest first, with its recipient masked
    (`j***@example.com`), its `Message-ID` and what became of it: `pending`, `sending`,
    `sent`, `failed` (retried at `next_attempt_at`), `dead`, `suppressed` (the address
    unsubscribed), `held` (waiting for a daily digest), `digested`, or `unknown` (a mailer
    stopped while the mail server had the message; never sent twice).

    Args:
        status (NotificationDeliveryStatus | Unset): What became of a queued message.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationDeliveryList | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: NotificationDeliveryStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> NotificationDeliveryList | Problem | None:
    """The e-mail delivery log

     Admins only. Every message the mailer queued, newest first, with its recipient masked
    (`j***@example.com`), its `Message-ID` and what became of it: `pending`, `sending`,
    `sent`, `failed` (retried at `next_attempt_at`), `dead`, `suppressed` (the address
    unsubscribed), `held` (waiting for a daily digest), `digested`, or `unknown` (a mailer
    stopped while the mail server had the message; never sent twice).

    Args:
        status (NotificationDeliveryStatus | Unset): What became of a queued message.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationDeliveryList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
