from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employment_type import EmploymentType
from ...models.problem import Problem
from ...models.public_job_list import PublicJobList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    employer_id: UUID | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    facets: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["q"] = q

    json_employer_id: str | Unset = UNSET
    if not isinstance(employer_id, Unset):
        json_employer_id = str(employer_id)
    params["employer_id"] = json_employer_id

    params["department"] = department

    params["language"] = language

    params["location"] = location

    json_employment_type: str | Unset = UNSET
    if not isinstance(employment_type, Unset):
        json_employment_type = employment_type.value

    params["employment_type"] = json_employment_type

    params["facets"] = facets

    params["cursor"] = cursor

    params["limit"] = limit

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicJobList | None:
    if response.status_code == 200:
        response_200 = PublicJobList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Any | Problem | PublicJobList]:
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
    employer_id: UUID | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    facets: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | Problem | PublicJobList]:
    """Search published jobs

     Published jobs of every employer. Relevance order when `q` is given, newest first
    otherwise. With `q`, the server's search index answers: every word must match, with
    one typo allowed in words of 5 letters or more and two in words of 9 or more (never
    in the first letter); the last word also matches as a prefix while it is being
    typed (no space after it); `"quoted phrases"` match word for word and `-word` or
    `-"a phrase"` exclude. Title matches weigh most, then department and location, then
    the description; words side by side count extra; recency breaks ties. Each hit then
    carries `highlights`. A cursor pages through the view of the index the first page
    was read from (for a few minutes, on the server that made it): no job twice, none of
    that view skipped; elsewhere or later it continues after its last hit in the current
    view, where jobs changed meanwhile may appear or be missed. Facet counts come from
    the server's public index, kept current from the public changes feed: they cost no
    scan of the board. Answers carry an `ETag` (weak,
    `W/"…"`, while the index is current: the same answer at the same feed position on
    every server) and `Cache-Control`; `If-None-Match` with the current tag is `304`,
    answered before any database work. This operation, the taxonomy lists and the other
    public reads share the `search` rate limit. Each job answers in the translation the
    reader prefers (`lang`, else `Accept-Language`, else the job's own language; see
    `GET /v1/public/jobs/{id}`); `q` finds a job through any of its translations, and
    `highlights` are in the language that matched (`highlights.locale`). Answers vary by
    `Accept-Language`.

    Args:
        q (str | Unset):
        employer_id (UUID | Unset):
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        facets (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJobList]
    """

    kwargs = _get_kwargs(
        q=q,
        employer_id=employer_id,
        department=department,
        language=language,
        location=location,
        employment_type=employment_type,
        facets=facets,
        cursor=cursor,
        limit=limit,
        lang=lang,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    employer_id: UUID | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    facets: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | Problem | PublicJobList | None:
    """Search published jobs

     Published jobs of every employer. Relevance order when `q` is given, newest first
    otherwise. With `q`, the server's search index answers: every word must match, with
    one typo allowed in words of 5 letters or more and two in words of 9 or more (never
    in the first letter); the last word also matches as a prefix while it is being
    typed (no space after it); `"quoted phrases"` match word for word and `-word` or
    `-"a phrase"` exclude. Title matches weigh most, then department and location, then
    the description; words side by side count extra; recency breaks ties. Each hit then
    carries `highlights`. A cursor pages through the view of the index the first page
    was read from (for a few minutes, on the server that made it): no job twice, none of
    that view skipped; elsewhere or later it continues after its last hit in the current
    view, where jobs changed meanwhile may appear or be missed. Facet counts come from
    the server's public index, kept current from the public changes feed: they cost no
    scan of the board. Answers carry an `ETag` (weak,
    `W/"…"`, while the index is current: the same answer at the same feed position on
    every server) and `Cache-Control`; `If-None-Match` with the current tag is `304`,
    answered before any database work. This operation, the taxonomy lists and the other
    public reads share the `search` rate limit. Each job answers in the translation the
    reader prefers (`lang`, else `Accept-Language`, else the job's own language; see
    `GET /v1/public/jobs/{id}`); `q` finds a job through any of its translations, and
    `highlights` are in the language that matched (`highlights.locale`). Answers vary by
    `Accept-Language`.

    Args:
        q (str | Unset):
        employer_id (UUID | Unset):
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        facets (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJobList
    """

    return sync_detailed(
        client=client,
        q=q,
        employer_id=employer_id,
        department=department,
        language=language,
        location=location,
        employment_type=employment_type,
        facets=facets,
        cursor=cursor,
        limit=limit,
        lang=lang,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    employer_id: UUID | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    facets: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | Problem | PublicJobList]:
    """Search published jobs

     Published jobs of every employer. Relevance order when `q` is given, newest first
    otherwise. With `q`, the server's search index answers: every word must match, with
    one typo allowed in words of 5 letters or more and two in words of 9 or more (never
    in the first letter); the last word also matches as a prefix while it is being
    typed (no space after it); `"quoted phrases"` match word for word and `-word` or
    `-"a phrase"` exclude. Title matches weigh most, then department and location, then
    the description; words side by side count extra; recency breaks ties. Each hit then
    carries `highlights`. A cursor pages through the view of the index the first page
    was read from (for a few minutes, on the server that made it): no job twice, none of
    that view skipped; elsewhere or later it continues after its last hit in the current
    view, where jobs changed meanwhile may appear or be missed. Facet counts come from
    the server's public index, kept current from the public changes feed: they cost no
    scan of the board. Answers carry an `ETag` (weak,
    `W/"…"`, while the index is current: the same answer at the same feed position on
    every server) and `Cache-Control`; `If-None-Match` with the current tag is `304`,
    answered before any database work. This operation, the taxonomy lists and the other
    public reads share the `search` rate limit. Each job answers in the translation the
    reader prefers (`lang`, else `Accept-Language`, else the job's own language; see
    `GET /v1/public/jobs/{id}`); `q` finds a job through any of its translations, and
    `highlights` are in the language that matched (`highlights.locale`). Answers vary by
    `Accept-Language`.

    Args:
        q (str | Unset):
        employer_id (UUID | Unset):
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        facets (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicJobList]
    """

    kwargs = _get_kwargs(
        q=q,
        employer_id=employer_id,
        department=department,
        language=language,
        location=location,
        employment_type=employment_type,
        facets=facets,
        cursor=cursor,
        limit=limit,
        lang=lang,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    employer_id: UUID | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    facets: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    lang: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | Problem | PublicJobList | None:
    """Search published jobs

     Published jobs of every employer. Relevance order when `q` is given, newest first
    otherwise. With `q`, the server's search index answers: every word must match, with
    one typo allowed in words of 5 letters or more and two in words of 9 or more (never
    in the first letter); the last word also matches as a prefix while it is being
    typed (no space after it); `"quoted phrases"` match word for word and `-word` or
    `-"a phrase"` exclude. Title matches weigh most, then department and location, then
    the description; words side by side count extra; recency breaks ties. Each hit then
    carries `highlights`. A cursor pages through the view of the index the first page
    was read from (for a few minutes, on the server that made it): no job twice, none of
    that view skipped; elsewhere or later it continues after its last hit in the current
    view, where jobs changed meanwhile may appear or be missed. Facet counts come from
    the server's public index, kept current from the public changes feed: they cost no
    scan of the board. Answers carry an `ETag` (weak,
    `W/"…"`, while the index is current: the same answer at the same feed position on
    every server) and `Cache-Control`; `If-None-Match` with the current tag is `304`,
    answered before any database work. This operation, the taxonomy lists and the other
    public reads share the `search` rate limit. Each job answers in the translation the
    reader prefers (`lang`, else `Accept-Language`, else the job's own language; see
    `GET /v1/public/jobs/{id}`); `q` finds a job through any of its translations, and
    `highlights` are in the language that matched (`highlights.locale`). Answers vary by
    `Accept-Language`.

    Args:
        q (str | Unset):
        employer_id (UUID | Unset):
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        facets (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        lang (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicJobList
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            employer_id=employer_id,
            department=department,
            language=language,
            location=location,
            employment_type=employment_type,
            facets=facets,
            cursor=cursor,
            limit=limit,
            lang=lang,
            accept_language=accept_language,
        )
    ).parsed
