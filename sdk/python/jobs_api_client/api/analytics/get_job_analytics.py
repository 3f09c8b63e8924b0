import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_report import AnalyticsReport
from ...models.get_job_analytics_interval import GetJobAnalyticsInterval
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetJobAnalyticsInterval | Unset = GetJobAnalyticsInterval.DAY,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{id}/analytics".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetJobAnalyticsInterval | Unset = GetJobAnalyticsInterval.DAY,
) -> Response[AnalyticsReport | Problem]:
    """A job's funnel, views and sources

     Employer roles only. The job's views and unique visitors, its applications and how far
    they got (each stage counted by its status: `screening`, `interview`, `offer`, `hired`,
    `rejected`), conversion between stages, the median and 90th percentile of time in each
    stage and of time to hire, the hire ratio and offers accepted, where applications came
    from, and a series per `interval`, for the applications made (and the views) from `from`
    to `to` (UTC days, both included; the last 30 days by default).

    Views are counted without a write per view and folded every `JOBS_ANALYTICS_FLUSH_MS`
    (a minute by default); applications and stage moves are folded from the events within
    seconds. A visitor is counted once per job and day (the hash that tells visitors apart
    changes daily, so nobody can be followed across days). With `Accept: text/csv` the
    series comes as CSV (RFC 4180), one row per period.

    Args:
        id (UUID):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetJobAnalyticsInterval | Unset):  Default: GetJobAnalyticsInterval.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReport | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        from_=from_,
        to=to,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetJobAnalyticsInterval | Unset = GetJobAnalyticsInterval.DAY,
) -> AnalyticsReport | Problem | None:
    """A job's funnel, views and sources

     Employer roles only. The job's views and unique visitors, its applications and how far
    they got (each stage counted by its status: `screening`, `interview`, `offer`, `hired`,
    `rejected`), conversion between stages, the median and 90th percentile of time in each
    stage and of time to hire, the hire ratio and offers accepted, where applications came
    from, and a series per `interval`, for the applications made (and the views) from `from`
    to `to` (UTC days, both included; the last 30 days by default).

    Views are counted without a write per view and folded every `JOBS_ANALYTICS_FLUSH_MS`
    (a minute by default); applications and stage moves are folded from the events within
    seconds. A visitor is counted once per job and day (the hash that tells visitors apart
    changes daily, so nobody can be followed across days). With `Accept: text/csv` the
    series comes as CSV (RFC 4180), one row per period.

    Args:
        id (UUID):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetJobAnalyticsInterval | Unset):  Default: GetJobAnalyticsInterval.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReport | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        from_=from_,
        to=to,
        interval=interval,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetJobAnalyticsInterval | Unset = GetJobAnalyticsInterval.DAY,
) -> Response[AnalyticsReport | Problem]:
    """A job's funnel, views and sources

     Employer roles only. The job's views and unique visitors, its applications and how far
    they got (each stage counted by its status: `screening`, `interview`, `offer`, `hired`,
    `rejected`), conversion between stages, the median and 90th percentile of time in each
    stage and of time to hire, the hire ratio and offers accepted, where applications came
    from, and a series per `interval`, for the applications made (and the views) from `from`
    to `to` (UTC days, both included; the last 30 days by default).

    Views are counted without a write per view and folded every `JOBS_ANALYTICS_FLUSH_MS`
    (a minute by default); applications and stage moves are folded from the events within
    seconds. A visitor is counted once per job and day (the hash that tells visitors apart
    changes daily, so nobody can be followed across days). With `Accept: text/csv` the
    series comes as CSV (RFC 4180), one row per period.

    Args:
        id (UUID):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetJobAnalyticsInterval | Unset):  Default: GetJobAnalyticsInterval.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsReport | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        from_=from_,
        to=to,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetJobAnalyticsInterval | Unset = GetJobAnalyticsInterval.DAY,
) -> AnalyticsReport | Problem | None:
    """A job's funnel, views and sources

     Employer roles only. The job's views and unique visitors, its applications and how far
    they got (each stage counted by its status: `screening`, `interview`, `offer`, `hired`,
    `rejected`), conversion between stages, the median and 90th percentile of time in each
    stage and of time to hire, the hire ratio and offers accepted, where applications came
    from, and a series per `interval`, for the applications made (and the views) from `from`
    to `to` (UTC days, both included; the last 30 days by default).

    Views are counted without a write per view and folded every `JOBS_ANALYTICS_FLUSH_MS`
    (a minute by default); applications and stage moves are folded from the events within
    seconds. A visitor is counted once per job and day (the hash that tells visitors apart
    changes daily, so nobody can be followed across days). With `Accept: text/csv` the
    series comes as CSV (RFC 4180), one row per period.

    Args:
        id (UUID):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        interval (GetJobAnalyticsInterval | Unset):  Default: GetJobAnalyticsInterval.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsReport | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            from_=from_,
            to=to,
            interval=interval,
        )
    ).parsed
