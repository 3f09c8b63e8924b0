from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.upload_presign import UploadPresign
from ...models.upload_presign_request import UploadPresignRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UploadPresignRequest,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/uploads:presign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UploadPresign | None:
    if response.status_code == 201:
        response_201 = UploadPresign.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | UploadPresign]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignRequest,
    idempotency_key: str,
) -> Response[Problem | UploadPresign]:
    """Start an upload

     Returns a pre-signed S3 POST form (URL and fields) for a CV or cover letter. The policy
    pins the object key (`employers/{employer}/uploads/{id}`), the exact content type (from
    the purpose's allow-list), the exact declared size (`size_bytes`, at most the server's
    maximum, 10 MiB by default), server-side encryption and an expiry of at most 15
    minutes; every form field is covered by a condition, so the store refuses anything
    else. An upload not completed within `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default)
    is deleted. Send the
    fields, then the file as the last field `file`, as `multipart/form-data` to `url`; then
    call `POST /v1/uploads/{id}:complete`. Employer users upload for their employer;
    applicants name the published job they apply to (`job_id`). Over the maximum size, or
    a type the purpose does not allow, is `422`; without object storage configured, `503`.

    Args:
        idempotency_key (str):
        body (UploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadPresign]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignRequest,
    idempotency_key: str,
) -> Problem | UploadPresign | None:
    """Start an upload

     Returns a pre-signed S3 POST form (URL and fields) for a CV or cover letter. The policy
    pins the object key (`employers/{employer}/uploads/{id}`), the exact content type (from
    the purpose's allow-list), the exact declared size (`size_bytes`, at most the server's
    maximum, 10 MiB by default), server-side encryption and an expiry of at most 15
    minutes; every form field is covered by a condition, so the store refuses anything
    else. An upload not completed within `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default)
    is deleted. Send the
    fields, then the file as the last field `file`, as `multipart/form-data` to `url`; then
    call `POST /v1/uploads/{id}:complete`. Employer users upload for their employer;
    applicants name the published job they apply to (`job_id`). Over the maximum size, or
    a type the purpose does not allow, is `422`; without object storage configured, `503`.

    Args:
        idempotency_key (str):
        body (UploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadPresign
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignRequest,
    idempotency_key: str,
) -> Response[Problem | UploadPresign]:
    """Start an upload

     Returns a pre-signed S3 POST form (URL and fields) for a CV or cover letter. The policy
    pins the object key (`employers/{employer}/uploads/{id}`), the exact content type (from
    the purpose's allow-list), the exact declared size (`size_bytes`, at most the server's
    maximum, 10 MiB by default), server-side encryption and an expiry of at most 15
    minutes; every form field is covered by a condition, so the store refuses anything
    else. An upload not completed within `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default)
    is deleted. Send the
    fields, then the file as the last field `file`, as `multipart/form-data` to `url`; then
    call `POST /v1/uploads/{id}:complete`. Employer users upload for their employer;
    applicants name the published job they apply to (`job_id`). Over the maximum size, or
    a type the purpose does not allow, is `422`; without object storage configured, `503`.

    Args:
        idempotency_key (str):
        body (UploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadPresign]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignRequest,
    idempotency_key: str,
) -> Problem | UploadPresign | None:
    """Start an upload

     Returns a pre-signed S3 POST form (URL and fields) for a CV or cover letter. The policy
    pins the object key (`employers/{employer}/uploads/{id}`), the exact content type (from
    the purpose's allow-list), the exact declared size (`size_bytes`, at most the server's
    maximum, 10 MiB by default), server-side encryption and an expiry of at most 15
    minutes; every form field is covered by a condition, so the store refuses anything
    else. An upload not completed within `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default)
    is deleted. Send the
    fields, then the file as the last field `file`, as `multipart/form-data` to `url`; then
    call `POST /v1/uploads/{id}:complete`. Employer users upload for their employer;
    applicants name the published job they apply to (`job_id`). Over the maximum size, or
    a type the purpose does not allow, is `422`; without object storage configured, `503`.

    Args:
        idempotency_key (str):
        body (UploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadPresign
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
