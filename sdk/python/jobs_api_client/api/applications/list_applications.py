import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_list import ApplicationList
from ...models.application_status import ApplicationStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ApplicationStatus | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_job_id: str | Unset = UNSET
    if not isinstance(job_id, Unset):
        json_job_id = str(job_id)
    params["job_id"] = json_job_id

    params["assignee"] = assignee

    json_rejection_reason_id: str | Unset = UNSET
    if not isinstance(rejection_reason_id, Unset):
        json_rejection_reason_id = str(rejection_reason_id)
    params["rejection_reason_id"] = json_rejection_reason_id

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationList | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationList.from_dict(response.json())

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
) -> Response[ApplicationList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ApplicationList | Problem]:
    """List applications across jobs

     The applications to every job of the employer, newest first; with `updated_after`,
    the ones changed after that time, oldest change first, in a stable `(updated_at, id)`
    order to sync from. For an exact feed of changes, use `GET /v1/events`: a write that
    commits late can carry an `updated_at` just before one already read, so ask again with
    an overlap (a minute before the last `updated_at` seen). A change is a status move, a
    note or a merge; another submission by the same address leaves the application as it
    was (its `application.submission.added` event announces it).

    Args:
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        job_id (UUID | Unset):
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationList | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        job_id=job_id,
        assignee=assignee,
        rejection_reason_id=rejection_reason_id,
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
    status: ApplicationStatus | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ApplicationList | Problem | None:
    """List applications across jobs

     The applications to every job of the employer, newest first; with `updated_after`,
    the ones changed after that time, oldest change first, in a stable `(updated_at, id)`
    order to sync from. For an exact feed of changes, use `GET /v1/events`: a write that
    commits late can carry an `updated_at` just before one already read, so ask again with
    an overlap (a minute before the last `updated_at` seen). A change is a status move, a
    note or a merge; another submission by the same address leaves the application as it
    was (its `application.submission.added` event announces it).

    Args:
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        job_id (UUID | Unset):
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationList | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        job_id=job_id,
        assignee=assignee,
        rejection_reason_id=rejection_reason_id,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ApplicationList | Problem]:
    """List applications across jobs

     The applications to every job of the employer, newest first; with `updated_after`,
    the ones changed after that time, oldest change first, in a stable `(updated_at, id)`
    order to sync from. For an exact feed of changes, use `GET /v1/events`: a write that
    commits late can carry an `updated_at` just before one already read, so ask again with
    an overlap (a minute before the last `updated_at` seen). A change is a status move, a
    note or a merge; another submission by the same address leaves the application as it
    was (its `application.submission.added` event announces it).

    Args:
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        job_id (UUID | Unset):
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationList | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        job_id=job_id,
        assignee=assignee,
        rejection_reason_id=rejection_reason_id,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    job_id: UUID | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ApplicationList | Problem | None:
    """List applications across jobs

     The applications to every job of the employer, newest first; with `updated_after`,
    the ones changed after that time, oldest change first, in a stable `(updated_at, id)`
    order to sync from. For an exact feed of changes, use `GET /v1/events`: a write that
    commits late can carry an `updated_at` just before one already read, so ask again with
    an overlap (a minute before the last `updated_at` seen). A change is a status move, a
    note or a merge; another submission by the same address leaves the application as it
    was (its `application.submission.added` event announces it).

    Args:
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        job_id (UUID | Unset):
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        updated_after (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            job_id=job_id,
            assignee=assignee,
            rejection_reason_id=rejection_reason_id,
            updated_after=updated_after,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
