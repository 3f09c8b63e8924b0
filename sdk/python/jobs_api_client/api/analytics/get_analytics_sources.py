import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_source_report import AnalyticsSourceReport
from ...models.job_status import JobStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["department"] = department

    params["location"] = location

    json_job_status: str | Unset = UNSET
    if not isinstance(job_status, Unset):
        json_job_status = job_status.value

    params["job_status"] = json_job_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/sources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsSourceReport | Problem | None:
    if response.status_code == 200:
        response_200 = AnalyticsSourceReport.from_dict(response.json())

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

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[AnalyticsSourceReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> Response[AnalyticsSourceReport | Problem]:
    """Where applications came from

     Employer roles only. Applications made from `from` to `to` by source (`careers_page`,
    `widget`, `public_api`, `internal`) and campaign (`utm_source`), with how many of each
    reached each stage and the hire ratio. With `Accept: text/csv`, one row per source
    and campaign (RFC 4180).

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSourceReport | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        department=department,
        location=location,
        job_status=job_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> AnalyticsSourceReport | Problem | None:
    """Where applications came from

     Employer roles only. Applications made from `from` to `to` by source (`careers_page`,
    `widget`, `public_api`, `internal`) and campaign (`utm_source`), with how many of each
    reached each stage and the hire ratio. With `Accept: text/csv`, one row per source
    and campaign (RFC 4180).

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSourceReport | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        department=department,
        location=location,
        job_status=job_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> Response[AnalyticsSourceReport | Problem]:
    """Where applications came from

     Employer roles only. Applications made from `from` to `to` by source (`careers_page`,
    `widget`, `public_api`, `internal`) and campaign (`utm_source`), with how many of each
    reached each stage and the hire ratio. With `Accept: text/csv`, one row per source
    and campaign (RFC 4180).

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSourceReport | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        department=department,
        location=location,
        job_status=job_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> AnalyticsSourceReport | Problem | None:
    """Where applications came from

     Employer roles only. Applications made from `from` to `to` by source (`careers_page`,
    `widget`, `public_api`, `internal`) and campaign (`utm_source`), with how many of each
    reached each stage and the hire ratio. With `Accept: text/csv`, one row per source
    and campaign (RFC 4180).

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSourceReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            department=department,
            location=location,
            job_status=job_status,
        )
    ).parsed
