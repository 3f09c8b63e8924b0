"""The partner flow from Python, through the generated client only (run by the server's test
suite against a started server: JOBS_API_URL, and tokens JOBS_RECRUITER_TOKEN,
JOBS_VIEWER_TOKEN and JOBS_APPLICANT_TOKEN). Prints a JSON summary; any surprise raises."""

import json
import os
import time
import uuid

from jobs_api_client import AuthenticatedClient
from jobs_api_client.api.applications import list_applications, update_application
from jobs_api_client.api.events import list_events
from jobs_api_client.api.jobs import create_job, publish_job, update_job
from jobs_api_client.api.public import apply_to_job
from jobs_api_client.models import (
    ApplicationSubmission,
    ApplicationUpdate,
    ApplicationStatus,
    Consent,
    DescriptionFormat,
    EmploymentType,
    JobCreate,
    JobUpdate,
    Problem,
    WebhookEventSelector,
)

base = os.environ["JOBS_API_URL"]
recruiter = AuthenticatedClient(base_url=base, token=os.environ["JOBS_RECRUITER_TOKEN"])
viewer = AuthenticatedClient(base_url=base, token=os.environ["JOBS_VIEWER_TOKEN"])
applicant = AuthenticatedClient(base_url=base, token=os.environ["JOBS_APPLICANT_TOKEN"])

# Create (keyed), publish, then edit with the ETag the publish answered with.
created = create_job.sync_detailed(
    client=recruiter,
    idempotency_key=str(uuid.uuid4()),
    body=JobCreate(
        title="Dive Instructor",
        description="Teach PADI courses at a house reef.",
        description_format=DescriptionFormat.PLAIN,
        department="Water Sports",
        location="Baa Atoll",
        employment_type=EmploymentType.FULL_TIME,
    ),
)
assert created.status_code == 201, created.content
job = created.parsed
published = publish_job.sync_detailed(job.id, client=recruiter)
assert published.status_code == 200, published.content
edited = update_job.sync_detailed(
    job.id,
    client=recruiter,
    if_match=published.headers["etag"],
    body=JobUpdate(title="Senior Dive Instructor"),
)
assert edited.status_code == 200, edited.content
assert edited.parsed.title == "Senior Dive Instructor"

# A stale ETag is a typed problem that says what to do.
stale = update_job.sync_detailed(
    job.id, client=recruiter, if_match=published.headers["etag"], body=JobUpdate(title="Again")
)
assert stale.status_code == 412 and isinstance(stale.parsed, Problem), stale.content
assert "If-Match" in stale.parsed.detail

# Someone applies (with an applicant token); the partner lists applications across jobs and moves one, from the list.
applied = apply_to_job.sync_detailed(
    job.id,
    client=applicant,
    idempotency_key=str(uuid.uuid4()),
    body=ApplicationSubmission(
        name="Aminath Shifa",
        email="aminath.shifa@example.mv",
        consent=Consent(granted=True, policy_version="2026-01"),
    ),
)
assert applied.status_code == 201, applied.content
listed = list_applications.sync_detailed(client=viewer, job_id=job.id)
assert listed.status_code == 200, listed.content
(application,) = listed.parsed.items
moved = update_application.sync_detailed(
    application.id,
    client=recruiter,
    if_match=application.etag,
    body=ApplicationUpdate(status=ApplicationStatus.SCREENING),
)
assert moved.status_code == 200, moved.content

# Catch up from the event feed, by family, following the cursor. An event is listed once every
# write that began before it has finished: a reader polls with its last cursor.
seen, cursor, deadline = [], None, time.monotonic() + 30
while len(seen) < 3:
    assert time.monotonic() < deadline, seen
    kwargs = {"cursor": cursor} if cursor else {}
    page = list_events.sync_detailed(
        client=viewer, type_=WebhookEventSelector.JOB_ALL, limit=2, **kwargs
    )
    assert page.status_code == 200, page.content
    seen += [e.type_.value for e in page.parsed.items]
    cursor = page.parsed.next_cursor or cursor
    if len(page.parsed.items) < 2:
        time.sleep(0.05)

print(json.dumps({"job": str(job.id), "events": seen, "status": moved.parsed.status.value}))
