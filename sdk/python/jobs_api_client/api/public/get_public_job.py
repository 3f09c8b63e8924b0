from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_job import PublicJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jobs/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicJob | None:
    if response.status_code == 200:
        response_200 = PublicJob.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Any | Problem | PublicJob]:
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
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | Problem | PublicJob]:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Languages: the job answers in the translation the reader prefers. `lang` (a BCP 47
    tag) wins when the job has it; else the ranges of `Accept-Language` in their order of
    preference (RFC 4647 lookup: `dv-MV` finds `dv`; `pt` also finds `pt-BR`); else the
    job's own language. `Content-Language` names the language answered, `Vary` includes
    `Accept-Language`, `available_locales` lists them all, and `Link` headers
    (`rel="alternate"`, `hreflang`) point at the job in each of its other languages. The
    JSON-LD carries `inLanguage`. A `lang` that is not a BCP 47 tag is `422`.

    Args:
        id (UUID):
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJob]
    """

    kwargs = _get_kwargs(
        id=id,
        lang=lang,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | Problem | PublicJob | None:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Languages: the job answers in the translation the reader prefers. `lang` (a BCP 47
    tag) wins when the job has it; else the ranges of `Accept-Language` in their order of
    preference (RFC 4647 lookup: `dv-MV` finds `dv`; `pt` also finds `pt-BR`); else the
    job's own language. `Content-Language` names the language answered, `Vary` includes
    `Accept-Language`, `available_locales` lists them all, and `Link` headers
    (`rel="alternate"`, `hreflang`) point at the job in each of its other languages. The
    JSON-LD carries `inLanguage`. A `lang` that is not a BCP 47 tag is `422`.

    Args:
        id (UUID):
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJob
    """

    return sync_detailed(
        id=id,
        client=client,
        lang=lang,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | Problem | PublicJob]:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Languages: the job answers in the translation the reader prefers. `lang` (a BCP 47
    tag) wins when the job has it; else the ranges of `Accept-Language` in their order of
    preference (RFC 4647 lookup: `dv-MV` finds `dv`; `pt` also finds `pt-BR`); else the
    job's own language. `Content-Language` names the language answered, `Vary` includes
    `Accept-Language`, `available_locales` lists them all, and `Link` headers
    (`rel="alternate"`, `hreflang`) point at the job in each of its other languages. The
    JSON-LD carries `inLanguage`. A `lang` that is not a BCP 47 tag is `422`.

    Args:
        id (UUID):
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJob]
    """

    kwargs = _get_kwargs(
        id=id,
        lang=lang,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | Problem | PublicJob | None:
    """Get a published job

     Drafts, closed and unknown jobs answer `404`. With `Accept: application/ld+json` the job
    is a schema.org `JobPosting` (Google's job-posting structured data) for career pages and
    partner boards; other types not accepted answer `406`. Answers vary by `Accept`, carry
    `ETag` and `Cache-Control`, and `If-None-Match` with the current tag is `304`.

    Languages: the job answers in the translation the reader prefers. `lang` (a BCP 47
    tag) wins when the job has it; else the ranges of `Accept-Language` in their order of
    preference (RFC 4647 lookup: `dv-MV` finds `dv`; `pt` also finds `pt-BR`); else the
    job's own language. `Content-Language` names the language answered, `Vary` includes
    `Accept-Language`, `available_locales` lists them all, and `Link` headers
    (`rel="alternate"`, `hreflang`) point at the job in each of its other languages. The
    JSON-LD carries `inLanguage`. A `lang` that is not a BCP 47 tag is `422`.

    Args:
        id (UUID):
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJob
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            lang=lang,
            accept_language=accept_language,
        )
    ).parsed
