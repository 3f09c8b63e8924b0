import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employment_type import EmploymentType
from ...models.job_list import JobList
from ...models.job_status import JobStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["department"] = department

    params["language"] = language

    params["location"] = location

    json_employment_type: str | Unset = UNSET
    if not isinstance(employment_type, Unset):
        json_employment_type = employment_type.value

    params["employment_type"] = json_employment_type

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobList | Problem | None:
    if response.status_code == 200:
        response_200 = JobList.from_dict(response.json())

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
) -> Response[JobList | Problem]:
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
    status: JobStatus | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[JobList | Problem]:
    """List the employer's jobs

     Every status. Relevance order when `q` is given; with `updated_after`, the jobs changed after that
    time, oldest change first (a stable `(updated_at, id)` order to sync from; not with `q`); newest
    first otherwise.

    Args:
        q (str | Unset):
        status (JobStatus | Unset): Publish workflow state.
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobList | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        status=status,
        department=department,
        language=language,
        location=location,
        employment_type=employment_type,
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
    status: JobStatus | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> JobList | Problem | None:
    """List the employer's jobs

     Every status. Relevance order when `q` is given; with `updated_after`, the jobs changed after that
    time, oldest change first (a stable `(updated_at, id)` order to sync from; not with `q`); newest
    first otherwise.

    Args:
        q (str | Unset):
        status (JobStatus | Unset): Publish workflow state.
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobList | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        status=status,
        department=department,
        language=language,
        location=location,
        employment_type=employment_type,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[JobList | Problem]:
    """List the employer's jobs

     Every status. Relevance order when `q` is given; with `updated_after`, the jobs changed after that
    time, oldest change first (a stable `(updated_at, id)` order to sync from; not with `q`); newest
    first otherwise.

    Args:
        q (str | Unset):
        status (JobStatus | Unset): Publish workflow state.
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobList | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        status=status,
        department=department,
        language=language,
        location=location,
        employment_type=employment_type,
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
    status: JobStatus | Unset = UNSET,
    department: str | Unset = UNSET,
    language: str | Unset = UNSET,
    location: str | Unset = UNSET,
    employment_type: EmploymentType | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> JobList | Problem | None:
    """List the employer's jobs

     Every status. Relevance order when `q` is given; with `updated_after`, the jobs changed after that
    time, oldest change first (a stable `(updated_at, id)` order to sync from; not with `q`); newest
    first otherwise.

    Args:
        q (str | Unset):
        status (JobStatus | Unset): Publish workflow state.
        department (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        language (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        location (str | Unset): Normalized identifier of a taxonomy value (lowercase, hyphen-
            separated).
        employment_type (EmploymentType | Unset): How the job is employed: full time, part time,
            contract, temporary or internship.
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            status=status,
            department=department,
            language=language,
            location=location,
            employment_type=employment_type,
            updated_after=updated_after,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
