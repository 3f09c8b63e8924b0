import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_report import AnalyticsReport
from ...models.get_analytics_funnel_interval import GetAnalyticsFunnelInterval
from ...models.job_status import JobStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetAnalyticsFunnelInterval | Unset = GetAnalyticsFunnelInterval.DAY,
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

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval.value

    params["interval"] = json_interval

    params["department"] = department

    params["location"] = location

    json_job_status: str | Unset = UNSET
    if not isinstance(job_status, Unset):
        json_job_status = job_status.value

    params["job_status"] = json_job_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/funnel",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsReport | Problem | None:
    if response.status_code == 200:
        response_200 = AnalyticsReport.from_dict(response.json())

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
) -> Response[AnalyticsReport | Problem]:
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
    interval: GetAnalyticsFunnelInterval | Unset = GetAnalyticsFunnelInterval.DAY,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> Response[AnalyticsReport | Problem]:
    """The hiring funnel across jobs

     Employer roles only. The same report as a job's analytics, over the employer's jobs,
    or those of one `department`, `location` or `job_status`. Applications are counted by
    the day they were made (a cohort): a stage's count is how many of those applications
    reached it, whenever they did. With `Accept: text/csv` the series comes as CSV
    (RFC 4180), one row per period.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetAnalyticsFunnelInterval | Unset):  Default: GetAnalyticsFunnelInterval.DAY.
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReport | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        interval=interval,
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
    interval: GetAnalyticsFunnelInterval | Unset = GetAnalyticsFunnelInterval.DAY,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> AnalyticsReport | Problem | None:
    """The hiring funnel across jobs

     Employer roles only. The same report as a job's analytics, over the employer's jobs,
    or those of one `department`, `location` or `job_status`. Applications are counted by
    the day they were made (a cohort): a stage's count is how many of those applications
    reached it, whenever they did. With `Accept: text/csv` the series comes as CSV
    (RFC 4180), one row per period.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetAnalyticsFunnelInterval | Unset):  Default: GetAnalyticsFunnelInterval.DAY.
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReport | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        interval=interval,
        department=department,
        location=location,
        job_status=job_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetAnalyticsFunnelInterval | Unset = GetAnalyticsFunnelInterval.DAY,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> Response[AnalyticsReport | Problem]:
    """The hiring funnel across jobs

     Employer roles only. The same report as a job's analytics, over the employer's jobs,
    or those of one `department`, `location` or `job_status`. Applications are counted by
    the day they were made (a cohort): a stage's count is how many of those applications
    reached it, whenever they did. With `Accept: text/csv` the series comes as CSV
    (RFC 4180), one row per period.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetAnalyticsFunnelInterval | Unset):  Default: GetAnalyticsFunnelInterval.DAY.
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReport | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        interval=interval,
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
    interval: GetAnalyticsFunnelInterval | Unset = GetAnalyticsFunnelInterval.DAY,
    department: str | Unset = UNSET,
    location: str | Unset = UNSET,
    job_status: JobStatus | Unset = UNSET,
) -> AnalyticsReport | Problem | None:
    """The hiring funnel across jobs

     Employer roles only. The same report as a job's analytics, over the employer's jobs,
    or those of one `department`, `location` or `job_status`. Applications are counted by
    the day they were made (a cohort): a stage's count is how many of those applications
    reached it, whenever they did. With `Accept: text/csv` the series comes as CSV
    (RFC 4180), one row per period.

    Args:
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetAnalyticsFunnelInterval | Unset):  Default: GetAnalyticsFunnelInterval.DAY.
        department (str | Unset):
        location (str | Unset):
        job_status (JobStatus | Unset): Publish workflow state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            interval=interval,
            department=department,
            location=location,
            job_status=job_status,
        )
    ).parsed
