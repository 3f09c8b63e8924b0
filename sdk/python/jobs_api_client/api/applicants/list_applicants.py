import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.applicant_list import ApplicantList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    skill: str | Unset = UNSET,
    language: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["skill"] = skill

    params["language"] = language

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applicants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicantList | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicantList.from_dict(response.json())

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
) -> Response[ApplicantList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    skill: str | Unset = UNSET,
    language: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ApplicantList | Problem]:
    """List applicants

     The employer's applicants, newest first; filter by name or e-mail words (`q`), skill or language.
    With `updated_after`, the applicants changed after that time, oldest change first (a stable
    `(updated_at, id)` order to sync from; the other filters still apply). Erased people are not listed:
    `applicant.erased` events say who was.

    Args:
        q (str | Unset):
        skill (str | Unset):
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantList | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        skill=skill,
        language=language,
        updated_after=updated_after,
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
    q: str | Unset = UNSET,
    skill: str | Unset = UNSET,
    language: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ApplicantList | Problem | None:
    """List applicants

     The employer's applicants, newest first; filter by name or e-mail words (`q`), skill or language.
    With `updated_after`, the applicants changed after that time, oldest change first (a stable
    `(updated_at, id)` order to sync from; the other filters still apply). Erased people are not listed:
    `applicant.erased` events say who was.

    Args:
        q (str | Unset):
        skill (str | Unset):
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantList | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        skill=skill,
        language=language,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    skill: str | Unset = UNSET,
    language: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ApplicantList | Problem]:
    """List applicants

     The employer's applicants, newest first; filter by name or e-mail words (`q`), skill or language.
    With `updated_after`, the applicants changed after that time, oldest change first (a stable
    `(updated_at, id)` order to sync from; the other filters still apply). Erased people are not listed:
    `applicant.erased` events say who was.

    Args:
        q (str | Unset):
        skill (str | Unset):
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicantList | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        skill=skill,
        language=language,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    skill: str | Unset = UNSET,
    language: str | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ApplicantList | Problem | None:
    """List applicants

     The employer's applicants, newest first; filter by name or e-mail words (`q`), skill or language.
    With `updated_after`, the applicants changed after that time, oldest change first (a stable
    `(updated_at, id)` order to sync from; the other filters still apply). Erased people are not listed:
    `applicant.erased` events say who was.

    Args:
        q (str | Unset):
        skill (str | Unset):
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicantList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            skill=skill,
            language=language,
            updated_after=updated_after,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
