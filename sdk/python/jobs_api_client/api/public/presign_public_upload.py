from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_upload_presign_request import PublicUploadPresignRequest
from ...models.upload_presign import UploadPresign
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: PublicUploadPresignRequest,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/jobs/{id}/uploads:presign".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PublicUploadPresignRequest,
    idempotency_key: str,
) -> Response[Problem | UploadPresign]:
    """Start an upload for an application

     Like `POST /v1/uploads:presign`, for someone applying to this published job without an
    account (an applicant token may be sent). Rate-limited like applying. The upload belongs
    to the job's employer; the returned `upload.id` is what completes it
    (`POST /v1/uploads/{id}:complete`, no token needed for an anonymous upload) and what the
    application names (`cv_upload_id`, `cover_letter_upload_id`).

    Args:
        id (UUID):
        idempotency_key (str):
        body (PublicUploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadPresign]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PublicUploadPresignRequest,
    idempotency_key: str,
) -> Problem | UploadPresign | None:
    """Start an upload for an application

     Like `POST /v1/uploads:presign`, for someone applying to this published job without an
    account (an applicant token may be sent). Rate-limited like applying. The upload belongs
    to the job's employer; the returned `upload.id` is what completes it
    (`POST /v1/uploads/{id}:complete`, no token needed for an anonymous upload) and what the
    application names (`cv_upload_id`, `cover_letter_upload_id`).

    Args:
        id (UUID):
        idempotency_key (str):
        body (PublicUploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadPresign
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PublicUploadPresignRequest,
    idempotency_key: str,
) -> Response[Problem | UploadPresign]:
    """Start an upload for an application

     Like `POST /v1/uploads:presign`, for someone applying to this published job without an
    account (an applicant token may be sent). Rate-limited like applying. The upload belongs
    to the job's employer; the returned `upload.id` is what completes it
    (`POST /v1/uploads/{id}:complete`, no token needed for an anonymous upload) and what the
    application names (`cv_upload_id`, `cover_letter_upload_id`).

    Args:
        id (UUID):
        idempotency_key (str):
        body (PublicUploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadPresign]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: PublicUploadPresignRequest,
    idempotency_key: str,
) -> Problem | UploadPresign | None:
    """Start an upload for an application

     Like `POST /v1/uploads:presign`, for someone applying to this published job without an
    account (an applicant token may be sent). Rate-limited like applying. The upload belongs
    to the job's employer; the returned `upload.id` is what completes it
    (`POST /v1/uploads/{id}:complete`, no token needed for an anonymous upload) and what the
    application names (`cv_upload_id`, `cover_letter_upload_id`).

    Args:
        id (UUID):
        idempotency_key (str):
        body (PublicUploadPresignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadPresign
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
