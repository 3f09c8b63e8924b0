from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/confirm-email",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Problem | str]:
    """Confirm an applicant's address (the link in an e-mail)

     After an application made without an applicant token, the address it gave receives
    this link (signed, single use, valid 7 days). Following it marks that submission
    `email_confirmed`, which recruiters see beside it: the person's own submission, not
    one someone else sent with their address. A used link is `410`
    (`urn:jobs-api:problem:link-used`), an expired one `410`
    (`urn:jobs-api:problem:link-expired`), a forged or damaged one `400`
    (`urn:jobs-api:problem:invalid-link`).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Problem | str | None:
    """Confirm an applicant's address (the link in an e-mail)

     After an application made without an applicant token, the address it gave receives
    this link (signed, single use, valid 7 days). Following it marks that submission
    `email_confirmed`, which recruiters see beside it: the person's own submission, not
    one someone else sent with their address. A used link is `410`
    (`urn:jobs-api:problem:link-used`), an expired one `410`
    (`urn:jobs-api:problem:link-expired`), a forged or damaged one `400`
    (`urn:jobs-api:problem:invalid-link`).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Problem | str]:
    """Confirm an applicant's address (the link in an e-mail)

     After an application made without an applicant token, the address it gave receives
    this link (signed, single use, valid 7 days). Following it marks that submission
    `email_confirmed`, which recruiters see beside it: the person's own submission, not
    one someone else sent with their address. A used link is `410`
    (`urn:jobs-api:problem:link-used`), an expired one `410`
    (`urn:jobs-api:problem:link-expired`), a forged or damaged one `400`
    (`urn:jobs-api:problem:invalid-link`).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Problem | str | None:
    """Confirm an applicant's address (the link in an e-mail)

     After an application made without an applicant token, the address it gave receives
    this link (signed, single use, valid 7 days). Following it marks that submission
    `email_confirmed`, which recruiters see beside it: the person's own submission, not
    one someone else sent with their address. A used link is `410`
    (`urn:jobs-api:problem:link-used`), an expired one `410`
    (`urn:jobs-api:problem:link-expired`), a forged or damaged one `400`
    (`urn:jobs-api:problem:invalid-link`).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
