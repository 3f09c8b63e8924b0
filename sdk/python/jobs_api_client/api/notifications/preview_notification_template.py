from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preview import NotificationPreview
from ...models.notification_preview_request import NotificationPreviewRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event: str,
    *,
    body: NotificationPreviewRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/notification-templates/{event}:preview".format(
            event=quote(str(event), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreview | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPreview.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[NotificationPreview | Problem]:
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
    body: NotificationPreviewRequest | Unset = UNSET,
) -> Response[NotificationPreview | Problem]:
    """Render a template with sample data

     Renders the template as it would be sent (with sample data: a job "Sous Chef", an
    applicant "Aishath", …): the draft in the body when it has `subject` and `text`, else
    the stored or built-in wording for `locale`. Nothing is stored or sent. A draft that
    does not render is `422` with the part, line and column.

    Args:
        event (str):
        body (NotificationPreviewRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreview | Problem]
    """

    kwargs = _get_kwargs(
        event=event,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreviewRequest | Unset = UNSET,
) -> NotificationPreview | Problem | None:
    """Render a template with sample data

     Renders the template as it would be sent (with sample data: a job "Sous Chef", an
    applicant "Aishath", …): the draft in the body when it has `subject` and `text`, else
    the stored or built-in wording for `locale`. Nothing is stored or sent. A draft that
    does not render is `422` with the part, line and column.

    Args:
        event (str):
        body (NotificationPreviewRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreview | Problem
    """

    return sync_detailed(
        event=event,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreviewRequest | Unset = UNSET,
) -> Response[NotificationPreview | Problem]:
    """Render a template with sample data

     Renders the template as it would be sent (with sample data: a job "Sous Chef", an
    applicant "Aishath", …): the draft in the body when it has `subject` and `text`, else
    the stored or built-in wording for `locale`. Nothing is stored or sent. A draft that
    does not render is `422` with the part, line and column.

    Args:
        event (str):
        body (NotificationPreviewRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreview | Problem]
    """

    kwargs = _get_kwargs(
        event=event,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event: str,
    *,
    client: AuthenticatedClient | Client,
    body: NotificationPreviewRequest | Unset = UNSET,
) -> NotificationPreview | Problem | None:
    """Render a template with sample data

     Renders the template as it would be sent (with sample data: a job "Sous Chef", an
    applicant "Aishath", …): the draft in the body when it has `subject` and `text`, else
    the stored or built-in wording for `locale`. Nothing is stored or sent. A draft that
    does not render is `422` with the part, line and column.

    Args:
        event (str):
        body (NotificationPreviewRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreview | Problem
    """

    return (
        await asyncio_detailed(
            event=event,
            client=client,
            body=body,
        )
    ).parsed
