from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_template import NotificationTemplate
from ...models.notification_template_replace import NotificationTemplateReplace
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event: str,
    *,
    body: NotificationTemplateReplace,
    locale: str | Unset = UNSET,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/notification-templates/{event}".format(
            event=quote(str(event), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationTemplate | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationTemplate.from_dict(response.json())

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
) -> Response[NotificationTemplate | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationTemplateReplace,
    locale: str | Unset = UNSET,
    if_match: str,
) -> Response[NotificationTemplate | Problem]:
    """Word a template, or turn it on or off

     Admins only. `enabled` alone keeps the built-in wording (or the employer's, in
    English, for another language); `subject` and `text` together (and optionally `html`)
    replace it for `locale`. The template is rendered with sample data before it is
    stored: a syntax error or an unknown variable is `422`
    (`urn:jobs-api:problem:template-invalid`) naming the part, line and column. HTML is
    sanitized when rendered; a subject stays one line whatever a variable holds.
    `If-Match`: the template's `etag` from the list (`"0"` before it was first stored).

    Args:
        event (str):
        locale (str | Unset):
        if_match (str):
        body (NotificationTemplateReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationTemplate | Problem]
    """

    kwargs = _get_kwargs(
        event=event,
        body=body,
        locale=locale,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationTemplateReplace,
    locale: str | Unset = UNSET,
    if_match: str,
) -> NotificationTemplate | Problem | None:
    """Word a template, or turn it on or off

     Admins only. `enabled` alone keeps the built-in wording (or the employer's, in
    English, for another language); `subject` and `text` together (and optionally `html`)
    replace it for `locale`. The template is rendered with sample data before it is
    stored: a syntax error or an unknown variable is `422`
    (`urn:jobs-api:problem:template-invalid`) naming the part, line and column. HTML is
    sanitized when rendered; a subject stays one line whatever a variable holds.
    `If-Match`: the template's `etag` from the list (`"0"` before it was first stored).

    Args:
        event (str):
        locale (str | Unset):
        if_match (str):
        body (NotificationTemplateReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationTemplate | Problem
    """

    return sync_detailed(
        event=event,
        client=client,
        body=body,
        locale=locale,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationTemplateReplace,
    locale: str | Unset = UNSET,
    if_match: str,
) -> Response[NotificationTemplate | Problem]:
    """Word a template, or turn it on or off

     Admins only. `enabled` alone keeps the built-in wording (or the employer's, in
    English, for another language); `subject` and `text` together (and optionally `html`)
    replace it for `locale`. The template is rendered with sample data before it is
    stored: a syntax error or an unknown variable is `422`
    (`urn:jobs-api:problem:template-invalid`) naming the part, line and column. HTML is
    sanitized when rendered; a subject stays one line whatever a variable holds.
    `If-Match`: the template's `etag` from the list (`"0"` before it was first stored).

    Args:
        event (str):
        locale (str | Unset):
        if_match (str):
        body (NotificationTemplateReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationTemplate | Problem]
    """

    kwargs = _get_kwargs(
        event=event,
        body=body,
        locale=locale,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationTemplateReplace,
    locale: str | Unset = UNSET,
    if_match: str,
) -> NotificationTemplate | Problem | None:
    """Word a template, or turn it on or off

     Admins only. `enabled` alone keeps the built-in wording (or the employer's, in
    English, for another language); `subject` and `text` together (and optionally `html`)
    replace it for `locale`. The template is rendered with sample data before it is
    stored: a syntax error or an unknown variable is `422`
    (`urn:jobs-api:problem:template-invalid`) naming the part, line and column. HTML is
    sanitized when rendered; a subject stays one line whatever a variable holds.
    `If-Match`: the template's `etag` from the list (`"0"` before it was first stored).

    Args:
        event (str):
        locale (str | Unset):
        if_match (str):
        body (NotificationTemplateReplace):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationTemplate | Problem
    """

    return (
        await asyncio_detailed(
            event=event,
            client=client,
            body=body,
            locale=locale,
            if_match=if_match,
        )
    ).parsed
