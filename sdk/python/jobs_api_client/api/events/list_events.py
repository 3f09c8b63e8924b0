import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_list import EventList
from ...models.problem import Problem
from ...models.webhook_event_selector import WebhookEventSelector
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: WebhookEventSelector | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventList | Problem | None:
    if response.status_code == 200:
        response_200 = EventList.from_dict(response.json())

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
) -> Response[EventList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: WebhookEventSelector | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[EventList | Problem]:
    """List the employer's events

     The employer's events, oldest first, with the same `type`, `timestamp` and `data` as
    their webhook deliveries (the `id` is the deliveries' `webhook-id`). Keep the last
    `next_cursor` and ask again to catch up on what an endpoint missed: an event is listed
    once every write that began before it has finished, so a cursor never passes over an
    event that commits later. Events are kept at least 30 days (this server keeps them as
    its audit trail).

    Args:
        type_ (WebhookEventSelector | Unset): An event type a subscription receives, or a
            wildcard: `*` (every event type, including
            types added later) or a family such as `application.*` (every type that starts with
            `application.`). `webhook.ping` is not selected: it is sent on request to one endpoint.
        since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventList | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        since=since,
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
    type_: WebhookEventSelector | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> EventList | Problem | None:
    """List the employer's events

     The employer's events, oldest first, with the same `type`, `timestamp` and `data` as
    their webhook deliveries (the `id` is the deliveries' `webhook-id`). Keep the last
    `next_cursor` and ask again to catch up on what an endpoint missed: an event is listed
    once every write that began before it has finished, so a cursor never passes over an
    event that commits later. Events are kept at least 30 days (this server keeps them as
    its audit trail).

    Args:
        type_ (WebhookEventSelector | Unset): An event type a subscription receives, or a
            wildcard: `*` (every event type, including
            types added later) or a family such as `application.*` (every type that starts with
            `application.`). `webhook.ping` is not selected: it is sent on request to one endpoint.
        since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventList | Problem
    """

    return sync_detailed(
        client=client,
        type_=type_,
        since=since,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: WebhookEventSelector | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[EventList | Problem]:
    """List the employer's events

     The employer's events, oldest first, with the same `type`, `timestamp` and `data` as
    their webhook deliveries (the `id` is the deliveries' `webhook-id`). Keep the last
    `next_cursor` and ask again to catch up on what an endpoint missed: an event is listed
    once every write that began before it has finished, so a cursor never passes over an
    event that commits later. Events are kept at least 30 days (this server keeps them as
    its audit trail).

    Args:
        type_ (WebhookEventSelector | Unset): An event type a subscription receives, or a
            wildcard: `*` (every event type, including
            types added later) or a family such as `application.*` (every type that starts with
            `application.`). `webhook.ping` is not selected: it is sent on request to one endpoint.
        since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventList | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        since=since,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: WebhookEventSelector | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> EventList | Problem | None:
    """List the employer's events

     The employer's events, oldest first, with the same `type`, `timestamp` and `data` as
    their webhook deliveries (the `id` is the deliveries' `webhook-id`). Keep the last
    `next_cursor` and ask again to catch up on what an endpoint missed: an event is listed
    once every write that began before it has finished, so a cursor never passes over an
    event that commits later. Events are kept at least 30 days (this server keeps them as
    its audit trail).

    Args:
        type_ (WebhookEventSelector | Unset): An event type a subscription receives, or a
            wildcard: `*` (every event type, including
            types added later) or a family such as `application.*` (every type that starts with
            `application.`). `webhook.ping` is not selected: it is sent on request to one endpoint.
        since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            since=since,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
