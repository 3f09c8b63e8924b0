from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_template_list import NotificationTemplateList
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notification-templates",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationTemplateList | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationTemplateList.from_dict(response.json())

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
) -> Response[NotificationTemplateList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotificationTemplateList | Problem]:
    """The notification templates

     Every template the mailer renders, in English and in every language the employer
    worded it in: who receives it, whether it is on, and its subject, text and HTML
    (`custom: false`: the built-in wording). Templates see only the variables listed in
    `variables` (`job.title`, `employer.name`, `applicant.first_name`, `status`, `links.*`, …).
    Status e-mails to applicants (`application.status.*`) are off until an admin turns
    them on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationTemplateList | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> NotificationTemplateList | Problem | None:
    """The notification templates

     Every template the mailer renders, in English and in every language the employer
    worded it in: who receives it, whether it is on, and its subject, text and HTML
    (`custom: false`: the built-in wording). Templates see only the variables listed in
    `variables` (`job.title`, `employer.name`, `applicant.first_name`, `status`, `links.*`, …).
    Status e-mails to applicants (`application.status.*`) are off until an admin turns
    them on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationTemplateList | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[NotificationTemplateList | Problem]:
    """The notification templates

     Every template the mailer renders, in English and in every language the employer
    worded it in: who receives it, whether it is on, and its subject, text and HTML
    (`custom: false`: the built-in wording). Templates see only the variables listed in
    `variables` (`job.title`, `employer.name`, `applicant.first_name`, `status`, `links.*`, …).
    Status e-mails to applicants (`application.status.*`) are off until an admin turns
    them on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationTemplateList | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> NotificationTemplateList | Problem | None:
    """The notification templates

     Every template the mailer renders, in English and in every language the employer
    worded it in: who receives it, whether it is on, and its subject, text and HTML
    (`custom: false`: the built-in wording). Templates see only the variables listed in
    `variables` (`job.title`, `employer.name`, `applicant.first_name`, `status`, `links.*`, …).
    Status e-mails to applicants (`application.status.*`) are off until an admin turns
    them on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationTemplateList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
