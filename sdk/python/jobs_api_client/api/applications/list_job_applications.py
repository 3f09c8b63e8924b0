from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_list import ApplicationList
from ...models.application_sort import ApplicationSort
from ...models.application_status import ApplicationStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    status: ApplicationStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    sort: ApplicationSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["assignee"] = assignee

    json_rejection_reason_id: str | Unset = UNSET
    if not isinstance(rejection_reason_id, Unset):
        json_rejection_reason_id = str(rejection_reason_id)
    params["rejection_reason_id"] = json_rejection_reason_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{id}/applications".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    sort: ApplicationSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ApplicationList | Problem]:
    """List a job's applications

     The applications to one job of the employer, newest first, optionally by pipeline status, assignee
    or rejection reason.

    Args:
        id (UUID):
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        sort (ApplicationSort | Unset): The order of a job's applications: `newest` first, or best
            `match` first.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        assignee=assignee,
        rejection_reason_id=rejection_reason_id,
        sort=sort,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    sort: ApplicationSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ApplicationList | Problem | None:
    """List a job's applications

     The applications to one job of the employer, newest first, optionally by pipeline status, assignee
    or rejection reason.

    Args:
        id (UUID):
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        sort (ApplicationSort | Unset): The order of a job's applications: `newest` first, or best
            `match` first.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationList | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
        assignee=assignee,
        rejection_reason_id=rejection_reason_id,
        sort=sort,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    sort: ApplicationSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ApplicationList | Problem]:
    """List a job's applications

     The applications to one job of the employer, newest first, optionally by pipeline status, assignee
    or rejection reason.

    Args:
        id (UUID):
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        sort (ApplicationSort | Unset): The order of a job's applications: `newest` first, or best
            `match` first.
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        assignee=assignee,
        rejection_reason_id=rejection_reason_id,
        sort=sort,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: ApplicationStatus | Unset = UNSET,
    assignee: str | Unset = UNSET,
    rejection_reason_id: UUID | Unset = UNSET,
    sort: ApplicationSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ApplicationList | Problem | None:
    """List a job's applications

     The applications to one job of the employer, newest first, optionally by pipeline status, assignee
    or rejection reason.

    Args:
        id (UUID):
        status (ApplicationStatus | Unset): Hiring pipeline stage; `hired` and `rejected` are
            final.
        assignee (str | Unset):
        rejection_reason_id (UUID | Unset):
        sort (ApplicationSort | Unset): The order of a job's applications: `newest` first, or best
            `match` first.
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
            id=id,
            client=client,
            status=status,
            assignee=assignee,
            rejection_reason_id=rejection_reason_id,
            sort=sort,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
