"""Schemathesis hooks for the contract tests.

Idempotency-Key: the contract asks clients to use a fresh key per logical request (a UUID is
the recommended choice). Schemathesis draws header values from a small space and shares them
between cases, so it would reuse a key such as "0" across unrelated requests, which the API
rightly answers with the first response (or 422 for another payload). Right before each call
a valid key therefore gets a unique suffix; invalid keys (empty, too long, non-printable) and
missing headers are sent as generated, so the negative checks still exercise them. Replays
themselves are covered by the integration tests (server/tests/api/idempotency.rs).
"""

import re
import uuid

import schemathesis
from schemathesis.transport.prepare import get_exclude_headers

VALID_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")
SUFFIX = re.compile(r"~[0-9a-f]{16}$")


@schemathesis.hook("before_call")
def unique_idempotency_keys(context, case, kwargs):
    # Right before sending, when the case's meaning is final. Not for a case built to lack a
    # header (it is sent without it, and editing the case would make schemathesis revalidate it
    # and send the header after all); such requests are refused before any key is stored.
    headers = case.headers
    if not headers or get_exclude_headers(case):
        return
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and isinstance(value, str):
            base = SUFFIX.sub("", value)
            if VALID_KEY.match(base):
                # Keep within the 255-character limit: a boundary-length key keeps its length.
                headers[name] = f"{base[:238]}~{uuid.uuid4().hex[:16]}"
