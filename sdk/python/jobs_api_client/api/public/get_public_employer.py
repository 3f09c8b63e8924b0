from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_employer import PublicEmployer
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/employers/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicEmployer | None:
    if response.status_code == 200:
        response_200 = PublicEmployer.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 308:
        response_308 = cast(Any, None)
        return response_308

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Any | Problem | PublicEmployer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | PublicEmployer]:
    """Get an employer's public profile

     The profile its careers page shows (`/careers/{slug}`): name, logo, brand colour with
    the text colour that reads on it, the sanitized `about`, the website and how many jobs
    are published. An employer without a slug, or with `careers_page_enabled: false`, is
    `404`. A slug the employer held before answers `308` with `Location` naming the current
    one (old links keep working; a slug is never given to another employer). Cacheable like
    the other public reads (`ETag`, `304`).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicEmployer]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | PublicEmployer | None:
    """Get an employer's public profile

     The profile its careers page shows (`/careers/{slug}`): name, logo, brand colour with
    the text colour that reads on it, the sanitized `about`, the website and how many jobs
    are published. An employer without a slug, or with `careers_page_enabled: false`, is
    `404`. A slug the employer held before answers `308` with `Location` naming the current
    one (old links keep working; a slug is never given to another employer). Cacheable like
    the other public reads (`ETag`, `304`).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicEmployer
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | PublicEmployer]:
    """Get an employer's public profile

     The profile its careers page shows (`/careers/{slug}`): name, logo, brand colour with
    the text colour that reads on it, the sanitized `about`, the website and how many jobs
    are published. An employer without a slug, or with `careers_page_enabled: false`, is
    `404`. A slug the employer held before answers `308` with `Location` naming the current
    one (old links keep working; a slug is never given to another employer). Cacheable like
    the other public reads (`ETag`, `304`).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicEmployer]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | PublicEmployer | None:
    """Get an employer's public profile

     The profile its careers page shows (`/careers/{slug}`): name, logo, brand colour with
    the text colour that reads on it, the sanitized `about`, the website and how many jobs
    are published. An employer without a slug, or with `careers_page_enabled: false`, is
    `404`. A slug the employer held before answers `308` with `Location` naming the current
    one (old links keep working; a slug is never given to another employer). Cacheable like
    the other public reads (`ETag`, `304`).

    Args:
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicEmployer
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
