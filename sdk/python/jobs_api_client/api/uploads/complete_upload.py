from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.upload import Upload
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/uploads/{id}:complete".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Upload | None:
    if response.status_code == 200:
        response_200 = Upload.from_dict(response.json())

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
) -> Response[Problem | Upload]:
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
) -> Response[Problem | Upload]:
    """Verify an uploaded object

     The server reads the stored object once and checks its size, content type and
    encryption, and its first bytes (the file's signature: `%PDF-`, the ZIP container of
    docx and odt, the OLE container of doc, UTF-8 text without NUL), against what was
    presigned. A match is `verified`: exactly the bytes checked are copied to a key no form
    can write, their SHA-256 is recorded (`sha256`), and only that copy is ever served, so
    posting the form again afterwards changes nothing anyone downloads. Anything else is
    `rejected` (with `rejection_reason`). Either way the uploaded object is deleted; what
    the form posts later is deleted once it expires. A verified upload of an applicant or
    anonymous person that no applicant record or application names within
    `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default) is deleted, like a rejected one. Only a verified
    upload can be named by an applicant or an application. Not
    uploaded yet is `409`. Employer users complete their employer's uploads, applicants
    their own; an upload made without a token is completed without one.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Upload]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | Upload | None:
    """Verify an uploaded object

     The server reads the stored object once and checks its size, content type and
    encryption, and its first bytes (the file's signature: `%PDF-`, the ZIP container of
    docx and odt, the OLE container of doc, UTF-8 text without NUL), against what was
    presigned. A match is `verified`: exactly the bytes checked are copied to a key no form
    can write, their SHA-256 is recorded (`sha256`), and only that copy is ever served, so
    posting the form again afterwards changes nothing anyone downloads. Anything else is
    `rejected` (with `rejection_reason`). Either way the uploaded object is deleted; what
    the form posts later is deleted once it expires. A verified upload of an applicant or
    anonymous person that no applicant record or application names within
    `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default) is deleted, like a rejected one. Only a verified
    upload can be named by an applicant or an application. Not
    uploaded yet is `409`. Employer users complete their employer's uploads, applicants
    their own; an upload made without a token is completed without one.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Upload
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Upload]:
    """Verify an uploaded object

     The server reads the stored object once and checks its size, content type and
    encryption, and its first bytes (the file's signature: `%PDF-`, the ZIP container of
    docx and odt, the OLE container of doc, UTF-8 text without NUL), against what was
    presigned. A match is `verified`: exactly the bytes checked are copied to a key no form
    can write, their SHA-256 is recorded (`sha256`), and only that copy is ever served, so
    posting the form again afterwards changes nothing anyone downloads. Anything else is
    `rejected` (with `rejection_reason`). Either way the uploaded object is deleted; what
    the form posts later is deleted once it expires. A verified upload of an applicant or
    anonymous person that no applicant record or application names within
    `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default) is deleted, like a rejected one. Only a verified
    upload can be named by an applicant or an application. Not
    uploaded yet is `409`. Employer users complete their employer's uploads, applicants
    their own; an upload made without a token is completed without one.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Upload]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | Upload | None:
    """Verify an uploaded object

     The server reads the stored object once and checks its size, content type and
    encryption, and its first bytes (the file's signature: `%PDF-`, the ZIP container of
    docx and odt, the OLE container of doc, UTF-8 text without NUL), against what was
    presigned. A match is `verified`: exactly the bytes checked are copied to a key no form
    can write, their SHA-256 is recorded (`sha256`), and only that copy is ever served, so
    posting the form again afterwards changes nothing anyone downloads. Anything else is
    `rejected` (with `rejection_reason`). Either way the uploaded object is deleted; what
    the form posts later is deleted once it expires. A verified upload of an applicant or
    anonymous person that no applicant record or application names within
    `JOBS_UPLOAD_UNCLAIMED_TTL` (24 hours by default) is deleted, like a rejected one. Only a verified
    upload can be named by an applicant or an application. Not
    uploaded yet is `409`. Employer users complete their employer's uploads, applicants
    their own; an upload made without a token is completed without one.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Upload
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
