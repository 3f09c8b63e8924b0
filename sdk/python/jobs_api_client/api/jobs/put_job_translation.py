from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_translation import JobTranslation
from ...models.job_translation_write import JobTranslationWrite
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    locale: str,
    *,
    body: JobTranslationWrite,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/jobs/{id}/translations/{locale}".format(
            id=quote(str(id), safe=""),
            locale=quote(str(locale), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobTranslation | Problem | None:
    if response.status_code == 200:
        response_200 = JobTranslation.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = JobTranslation.from_dict(response.json())

        return response_201

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
) -> Response[JobTranslation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobTranslationWrite,
    if_match: str | Unset = UNSET,
) -> Response[JobTranslation | Problem]:
    """Add or replace a translation of a job

     The job's title and description in `locale`, a BCP 47 tag (`dv`, `pt-BR`, `zh-Hant`),
    validated against the IANA registry and stored canonical (`DV-mv` → `dv-MV`, `iw` →
    `he`); a tag that is not one is `422` with a pointer. The description is sanitized
    like the job's own (`description_format`). Right-to-left languages and scripts are
    marked `direction: rtl`. When the text is confidently in another language than the
    tag says, the translation is stored but `detected_locale` names that language, so
    the mix-up can be seen and fixed. `201` when it is new, `200` when it replaced one.
    `If-Match` (optional) makes a replacement conditional on the translation's `ETag`.
    The job's own locale cannot be translated into (`409`), nor can a closed job be
    edited (`409`); a job has at most 30 translations (`409`). The job's version moves
    on (it lists its languages), `job.translation.updated` is recorded, and a published
    job's change reaches the public changes feed, search and syndication.

    Args:
        id (UUID):
        locale (str):
        if_match (str | Unset):
        body (JobTranslationWrite): A job's title and description in one language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobTranslation | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        locale=locale,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobTranslationWrite,
    if_match: str | Unset = UNSET,
) -> JobTranslation | Problem | None:
    """Add or replace a translation of a job

     The job's title and description in `locale`, a BCP 47 tag (`dv`, `pt-BR`, `zh-Hant`),
    validated against the IANA registry and stored canonical (`DV-mv` → `dv-MV`, `iw` →
    `he`); a tag that is not one is `422` with a pointer. The description is sanitized
    like the job's own (`description_format`). Right-to-left languages and scripts are
    marked `direction: rtl`. When the text is confidently in another language than the
    tag says, the translation is stored but `detected_locale` names that language, so
    the mix-up can be seen and fixed. `201` when it is new, `200` when it replaced one.
    `If-Match` (optional) makes a replacement conditional on the translation's `ETag`.
    The job's own locale cannot be translated into (`409`), nor can a closed job be
    edited (`409`); a job has at most 30 translations (`409`). The job's version moves
    on (it lists its languages), `job.translation.updated` is recorded, and a published
    job's change reaches the public changes feed, search and syndication.

    Args:
        id (UUID):
        locale (str):
        if_match (str | Unset):
        body (JobTranslationWrite): A job's title and description in one language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobTranslation | Problem
    """

    return sync_detailed(
        id=id,
        locale=locale,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobTranslationWrite,
    if_match: str | Unset = UNSET,
) -> Response[JobTranslation | Problem]:
    """Add or replace a translation of a job

     The job's title and description in `locale`, a BCP 47 tag (`dv`, `pt-BR`, `zh-Hant`),
    validated against the IANA registry and stored canonical (`DV-mv` → `dv-MV`, `iw` →
    `he`); a tag that is not one is `422` with a pointer. The description is sanitized
    like the job's own (`description_format`). Right-to-left languages and scripts are
    marked `direction: rtl`. When the text is confidently in another language than the
    tag says, the translation is stored but `detected_locale` names that language, so
    the mix-up can be seen and fixed. `201` when it is new, `200` when it replaced one.
    `If-Match` (optional) makes a replacement conditional on the translation's `ETag`.
    The job's own locale cannot be translated into (`409`), nor can a closed job be
    edited (`409`); a job has at most 30 translations (`409`). The job's version moves
    on (it lists its languages), `job.translation.updated` is recorded, and a published
    job's change reaches the public changes feed, search and syndication.

    Args:
        id (UUID):
        locale (str):
        if_match (str | Unset):
        body (JobTranslationWrite): A job's title and description in one language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobTranslation | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        locale=locale,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    locale: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobTranslationWrite,
    if_match: str | Unset = UNSET,
) -> JobTranslation | Problem | None:
    """Add or replace a translation of a job

     The job's title and description in `locale`, a BCP 47 tag (`dv`, `pt-BR`, `zh-Hant`),
    validated against the IANA registry and stored canonical (`DV-mv` → `dv-MV`, `iw` →
    `he`); a tag that is not one is `422` with a pointer. The description is sanitized
    like the job's own (`description_format`). Right-to-left languages and scripts are
    marked `direction: rtl`. When the text is confidently in another language than the
    tag says, the translation is stored but `detected_locale` names that language, so
    the mix-up can be seen and fixed. `201` when it is new, `200` when it replaced one.
    `If-Match` (optional) makes a replacement conditional on the translation's `ETag`.
    The job's own locale cannot be translated into (`409`), nor can a closed job be
    edited (`409`); a job has at most 30 translations (`409`). The job's version moves
    on (it lists its languages), `job.translation.updated` is recorded, and a published
    job's change reaches the public changes feed, search and syndication.

    Args:
        id (UUID):
        locale (str):
        if_match (str | Unset):
        body (JobTranslationWrite): A job's title and description in one language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobTranslation | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            locale=locale,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
