"""Schemathesis hooks for the contract tests.

Idempotency-Key: the contract asks clients to use a fresh key per logical request (a UUID is
the recommended choice). Schemathesis draws header values from a small space and would reuse
a key such as "0" across unrelated test cases, which the API rightly answers by replaying the
first response (or 422 for another payload). A valid generated key therefore gets a unique
suffix here; invalid keys (empty, too long, non-printable) and missing headers are left as
generated, so the negative checks still exercise them. Replays themselves are covered by the
integration tests (server/tests/api/idempotency.rs).
"""

import re
import uuid

import schemathesis

VALID_KEY = re.compile(r"^[\x21-\x7E]{1,200}$")


@schemathesis.hook("map_headers")
def unique_idempotency_keys(context, headers):
    if headers:
        for name in list(headers):
            if name.lower() == "idempotency-key":
                value = headers[name]
                if isinstance(value, str) and VALID_KEY.match(value):
                    headers[name] = f"{value}-{uuid.uuid4().hex[:16]}"
    return headers
