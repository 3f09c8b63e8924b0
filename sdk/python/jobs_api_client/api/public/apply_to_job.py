from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_receipt import ApplicationReceipt
from ...models.application_submission import ApplicationSubmission
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: ApplicationSubmission,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/jobs/{id}/apply".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = ApplicationReceipt.from_dict(response.json())

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
) -> Response[ApplicationReceipt | Problem]:
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
    body: ApplicationSubmission,
    idempotency_key: str,
) -> Response[ApplicationReceipt | Problem]:
    """Apply to a published job

     No token is needed. A bearer token with role `applicant` may be sent; the application is
    then linked to that identity and listed under `GET /v1/me/applications`. A token without
    the `applicant` role (an employer's) is `403`.
    Only published jobs of employers whose careers page is enabled accept applications
    (`404` for unknown, draft or hidden, `409` for closed).

    What is submitted is kept with the application as its `submission`. The employer's
    applicant record is created from it when the e-mail address is new to the employer;
    otherwise the application is only linked to the existing record, which is never changed
    by an application (recruiters may merge a submission deliberately with
    `POST /v1/applications/{id}:merge`).

    One application per job and e-mail address, and nothing sent is dropped: a repeated
    application to the same job by the same address (the person again, or someone using
    their address) is kept as another submission of the existing application, which
    recruiters see beside the first (`submissions`, newest first, and `submission_count`);
    neither changes the applicant record. Every answer is the same: `201` and a receipt
    whose `id` names this submission (for a first application, the application itself),
    with `status` `new` and the time the server received it, in the same shape, member
    order and precision, so the endpoint cannot tell anyone who applied where. With an
    applicant token that already applied to this job, the answer is `409` carrying
    `existing_application_id` (that token's own receipt id). A CAPTCHA token is required
    when the server is configured for one (`422` when missing, `400` when the verifier
    rejects it).
    Idempotency keys of anonymous applications belong to the job; with an applicant token,
    to the token's `sub`.

    Args:
        id (UUID):
        idempotency_key (str):
        body (ApplicationSubmission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationReceipt | Problem]
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
    body: ApplicationSubmission,
    idempotency_key: str,
) -> ApplicationReceipt | Problem | None:
    """Apply to a published job

     No token is needed. A bearer token with role `applicant` may be sent; the application is
    then linked to that identity and listed under `GET /v1/me/applications`. A token without
    the `applicant` role (an employer's) is `403`.
    Only published jobs of employers whose careers page is enabled accept applications
    (`404` for unknown, draft or hidden, `409` for closed).

    What is submitted is kept with the application as its `submission`. The employer's
    applicant record is created from it when the e-mail address is new to the employer;
    otherwise the application is only linked to the existing record, which is never changed
    by an application (recruiters may merge a submission deliberately with
    `POST /v1/applications/{id}:merge`).

    One application per job and e-mail address, and nothing sent is dropped: a repeated
    application to the same job by the same address (the person again, or someone using
    their address) is kept as another submission of the existing application, which
    recruiters see beside the first (`submissions`, newest first, and `submission_count`);
    neither changes the applicant record. Every answer is the same: `201` and a receipt
    whose `id` names this submission (for a first application, the application itself),
    with `status` `new` and the time the server received it, in the same shape, member
    order and precision, so the endpoint cannot tell anyone who applied where. With an
    applicant token that already applied to this job, the answer is `409` carrying
    `existing_application_id` (that token's own receipt id). A CAPTCHA token is required
    when the server is configured for one (`422` when missing, `400` when the verifier
    rejects it).
    Idempotency keys of anonymous applications belong to the job; with an applicant token,
    to the token's `sub`.

    Args:
        id (UUID):
        idempotency_key (str):
        body (ApplicationSubmission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationReceipt | Problem
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
    body: ApplicationSubmission,
    idempotency_key: str,
) -> Response[ApplicationReceipt | Problem]:
    """Apply to a published job

     No token is needed. A bearer token with role `applicant` may be sent; the application is
    then linked to that identity and listed under `GET /v1/me/applications`. A token without
    the `applicant` role (an employer's) is `403`.
    Only published jobs of employers whose careers page is enabled accept applications
    (`404` for unknown, draft or hidden, `409` for closed).

    What is submitted is kept with the application as its `submission`. The employer's
    applicant record is created from it when the e-mail address is new to the employer;
    otherwise the application is only linked to the existing record, which is never changed
    by an application (recruiters may merge a submission deliberately with
    `POST /v1/applications/{id}:merge`).

    One application per job and e-mail address, and nothing sent is dropped: a repeated
    application to the same job by the same address (the person again, or someone using
    their address) is kept as another submission of the existing application, which
    recruiters see beside the first (`submissions`, newest first, and `submission_count`);
    neither changes the applicant record. Every answer is the same: `201` and a receipt
    whose `id` names this submission (for a first application, the application itself),
    with `status` `new` and the time the server received it, in the same shape, member
    order and precision, so the endpoint cannot tell anyone who applied where. With an
    applicant token that already applied to this job, the answer is `409` carrying
    `existing_application_id` (that token's own receipt id). A CAPTCHA token is required
    when the server is configured for one (`422` when missing, `400` when the verifier
    rejects it).
    Idempotency keys of anonymous applications belong to the job; with an applicant token,
    to the token's `sub`.

    Args:
        id (UUID):
        idempotency_key (str):
        body (ApplicationSubmission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationReceipt | Problem]
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
    body: ApplicationSubmission,
    idempotency_key: str,
) -> ApplicationReceipt | Problem | None:
    """Apply to a published job

     No token is needed. A bearer token with role `applicant` may be sent; the application is
    then linked to that identity and listed under `GET /v1/me/applications`. A token without
    the `applicant` role (an employer's) is `403`.
    Only published jobs of employers whose careers page is enabled accept applications
    (`404` for unknown, draft or hidden, `409` for closed).

    What is submitted is kept with the application as its `submission`. The employer's
    applicant record is created from it when the e-mail address is new to the employer;
    otherwise the application is only linked to the existing record, which is never changed
    by an application (recruiters may merge a submission deliberately with
    `POST /v1/applications/{id}:merge`).

    One application per job and e-mail address, and nothing sent is dropped: a repeated
    application to the same job by the same address (the person again, or someone using
    their address) is kept as another submission of the existing application, which
    recruiters see beside the first (`submissions`, newest first, and `submission_count`);
    neither changes the applicant record. Every answer is the same: `201` and a receipt
    whose `id` names this submission (for a first application, the application itself),
    with `status` `new` and the time the server received it, in the same shape, member
    order and precision, so the endpoint cannot tell anyone who applied where. With an
    applicant token that already applied to this job, the answer is `409` carrying
    `existing_application_id` (that token's own receipt id). A CAPTCHA token is required
    when the server is configured for one (`422` when missing, `400` when the verifier
    rejects it).
    Idempotency keys of anonymous applications belong to the job; with an applicant token,
    to the token's `sub`.

    Args:
        id (UUID):
        idempotency_key (str):
        body (ApplicationSubmission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationReceipt | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
