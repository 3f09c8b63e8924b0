"""The Job Listing API's users, as journeys, for `scripts/loadtest` (Locust, headless).

Every task call is one step of a journey (one request), so `constant_throughput` makes the
offered rate exact: users x per-user rate = requests per second, whatever the latency. Step
names are the rows of the report; a step fails when the answer is not the one the journey
expects (status, and the member it goes on with).

- Job seekers: the public page, the next page by its cursor, a text search, a filtered search,
  a job page, the same page revalidated with If-None-Match (304), and now and then an
  application.
- Recruiters (one employer's, RS256 tokens from the JWKS the server was pointed at): their
  list, a job, its applications, one moved a stage with If-Match, a note, a shortlist entry.
- A webhook subscriber: the employer subscribes a receiver run inside this process; every
  delivery is checked against its Standard Webhooks signature and reported as the step
  "webhook: delivered" with the time from the event to its arrival.

New journeys join here as the product grows (search suggestions, the careers page, comments).
Configuration comes from `scripts/loadtest` through LOADTEST_* variables.
"""

import base64
import hashlib
import hmac
import json
import os
import random
import threading
import time
import urllib.request
import uuid
from datetime import datetime

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from gevent.pywsgi import WSGIServer
from locust import FastHttpUser, constant_throughput, events, task

RATE = float(os.environ.get("LOADTEST_RATE_PER_USER", "2"))
EMPLOYER = os.environ.get("LOADTEST_EMPLOYER", "")
ISSUER = os.environ.get("LOADTEST_ISSUER", "https://idp.loadtest")
AUDIENCE = os.environ.get("LOADTEST_AUDIENCE", "jobs-api")
KEY_PATH = os.environ.get("LOADTEST_KEY", "")
RECEIVER_PORT = int(os.environ.get("LOADTEST_RECEIVER_PORT", "0"))
TERMS = ["chef", "receptionist", "manager", "housekeeping", "diver", "engineer", "spa"]
PIPELINE = {"new": "screening", "screening": "interview", "interview": "offer", "offer": "hired"}


# ------------------------------------------------------------------------------------- tokens

def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class Tokens:
    """RS256 tokens signed with the key whose JWKS the server verifies against; minted again a
    minute before they expire (the server refuses lifetimes over 15 minutes)."""

    def __init__(self):
        with open(KEY_PATH, "rb") as f:
            self.key = serialization.load_pem_private_key(f.read(), password=None)
        self.cache = {}
        self.lock = threading.Lock()

    def bearer(self, sub, roles, employer=None):
        now = int(time.time())
        with self.lock:
            cached = self.cache.get((sub, tuple(roles), employer))
            if cached and cached[1] > now + 60:
                return cached[0]
            claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": sub, "iat": now, "exp": now + 900,
                      "roles": list(roles)}
            if employer:
                claims["employer_id"] = employer
            head = _b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "loadtest"}).encode())
            body = _b64(json.dumps(claims).encode())
            sig = self.key.sign(f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
            token = f"Bearer {head}.{body}.{_b64(sig)}"
            self.cache[(sub, tuple(roles), employer)] = (token, claims["exp"])
            return token


TOKENS = None


def tokens():
    global TOKENS
    if TOKENS is None:
        TOKENS = Tokens()
    return TOKENS


def submission(tag):
    return {"name": "Load Test Person", "email": f"lt-{tag}@loadtest.example",
            "consent": {"granted": True, "policy_version": "2026-01"}}


def expect(user, name, method, path, status, headers=None, anonymous=False, **kwargs):
    """One request of a journey: a failure unless the answer's status is `status` (or one of
    them). Sent with the user's token unless `anonymous`. Returns the answer, or None."""
    wanted = status if isinstance(status, tuple) else (status,)
    token = {} if anonymous else getattr(user, "auth", {})
    headers = {**token, **(headers or {})}
    with user.client.request(method, path, name=name, catch_response=True, headers=headers,
                             **kwargs) as r:
        if r.status_code not in wanted:
            r.failure(f"expected {'/'.join(map(str, wanted))}, got {r.status_code}: "
                      f"{r.text[:200]}")
            return None
        r.success()
        return r


# ----------------------------------------------------------------------------- job seekers

class JobSeeker(FastHttpUser):
    weight = 7
    wait_time = constant_throughput(RATE)

    def on_start(self):
        self.step = 0
        self.page = []
        self.cursor = None
        self.job = None
        self.tag = None
        self.departments = []

    expect = expect

    @task
    def next_step(self):
        steps = [self.first_page, self.next_page, self.text_search, self.filtered_search,
                 self.job_page, self.job_page_again, self.maybe_apply]
        steps[self.step % len(steps)]()
        self.step += 1

    def first_page(self):
        r = self.expect("search: first page", "GET", "/v1/public/jobs?limit=20", 200)
        if r is not None:
            body = r.json()
            self.page, self.cursor = body["items"], body["next_cursor"]

    def next_page(self):
        if not self.cursor:
            return self.first_page()
        r = self.expect("search: next page (cursor)", "GET",
                        f"/v1/public/jobs?limit=20&cursor={self.cursor}", 200)
        if r is not None:
            body = r.json()
            self.page = body["items"] or self.page
            self.cursor = body["next_cursor"]

    def text_search(self):
        term = random.choice(TERMS)
        self.expect("search: q", "GET", f"/v1/public/jobs?limit=20&q={term}", 200)

    def filtered_search(self):
        if not self.departments:
            r = self.expect("taxonomy: departments", "GET", "/v1/taxonomy/departments?limit=50", 200)
            if r is not None:
                self.departments = [t["slug"] for t in r.json()["items"]] or ["none"]
            return
        department = random.choice(self.departments)
        self.expect("search: filtered, with facets", "GET",
                    f"/v1/public/jobs?limit=20&department={department}&facets=true", 200)

    def job_page(self):
        if not self.page:
            return self.first_page()
        self.job = random.choice(self.page)["id"]
        r = self.expect("job page", "GET", f"/v1/public/jobs/{self.job}", 200)
        self.tag = r.headers.get("etag") if r is not None else None

    def job_page_again(self):
        if not (self.job and self.tag):
            return self.job_page()
        self.expect("job page: If-None-Match (304)", "GET", f"/v1/public/jobs/{self.job}", 304,
                    headers={"If-None-Match": self.tag})

    def maybe_apply(self):
        # One journey in ten ends with an application; the others look at another page.
        if random.random() >= 0.1 or not self.job:
            return self.first_page()
        tag = uuid.uuid4().hex
        self.expect("apply", "POST", f"/v1/public/jobs/{self.job}/apply", 201,
                    json=submission(tag), headers={"Idempotency-Key": tag})


# ------------------------------------------------------------------------------ recruiters

class Recruiter(FastHttpUser):
    """Each recruiter moves applications of its own (made by a job seeker's apply step) so that
    two recruiters never edit one application at once: a 412 here is a failure, not contention
    the journey caused itself."""

    weight = 3
    wait_time = constant_throughput(RATE)

    def on_start(self):
        self.auth = {"Authorization": tokens().bearer(f"lt-recruiter-{uuid.uuid4().hex[:8]}",
                                                      ["recruiter"], EMPLOYER)}
        self.step = 0
        self.jobs = []
        self.job = None
        self.application = None
        self.etag = None

    expect = expect

    @task
    def next_step(self):
        steps = [self.list_jobs, self.read_job, self.list_applications, self.read_application,
                 self.move_application, self.add_note, self.shortlist]
        steps[self.step % len(steps)]()
        self.step += 1

    def list_jobs(self):
        r = self.expect("recruiter: list jobs", "GET", "/v1/jobs?limit=20&status=published", 200)
        if r is not None:
            self.jobs = [j["id"] for j in r.json()["items"]]

    def read_job(self):
        if not self.jobs:
            return self.list_jobs()
        self.job = random.choice(self.jobs)
        self.expect("recruiter: read job", "GET", f"/v1/jobs/{self.job}", 200)

    def list_applications(self):
        if not self.job:
            return self.read_job()
        self.expect("recruiter: list applications", "GET",
                    f"/v1/jobs/{self.job}/applications?limit=20", 200)

    def read_application(self):
        if self.application is None or self.application["status"] not in PIPELINE:
            return self.new_application()
        r = self.expect("recruiter: read application", "GET",
                        f"/v1/applications/{self.application['id']}", 200)
        if r is not None:
            self.application = r.json()
            self.etag = r.headers.get("etag")

    def new_application(self):
        """Someone applies (anonymously: a job seeker's step) to the job in hand."""
        if not self.job:
            return self.read_job()
        tag = uuid.uuid4().hex
        r = expect(self, "apply", "POST", f"/v1/public/jobs/{self.job}/apply", 201,
                   json=submission(tag), headers={"Idempotency-Key": tag}, anonymous=True)
        if r is not None:
            self.application = {"id": r.json()["id"], "status": "new"}
            self.etag = None

    def move_application(self):
        if not (self.application and self.etag) or self.application["status"] not in PIPELINE:
            return self.read_application()
        target = PIPELINE[self.application["status"]]
        r = self.expect("recruiter: move application (If-Match)", "PATCH",
                        f"/v1/applications/{self.application['id']}", 200,
                        headers={"If-Match": self.etag}, json={"status": target})
        if r is None:
            self.application = None
            return
        self.application = r.json()
        self.etag = r.headers.get("etag")

    def add_note(self):
        if not (self.application and self.etag):
            return self.read_application()
        r = self.expect("recruiter: add note (If-Match)", "PATCH",
                        f"/v1/applications/{self.application['id']}", 200,
                        headers={"If-Match": self.etag}, json={"note": "Load test: seen."})
        if r is not None:
            self.application = r.json()
            self.etag = r.headers.get("etag")

    def shortlist(self):
        if not (self.application and self.job and "applicant" in self.application):
            return self.read_application()
        # 201 when the entry is new, 200 when it was there: both are right.
        self.expect("recruiter: shortlist", "POST", f"/v1/jobs/{self.job}/shortlist/entries",
                    (200, 201), json={"applicant_id": self.application["applicant"]["id"]})


# ---------------------------------------------------------------------- webhook subscriber

class Receiver:
    """Standard Webhooks receiver: verifies each delivery and reports its latency."""

    def __init__(self, environment):
        self.environment = environment
        self.secret = None
        self.server = None

    def app(self, env, start_response):
        length = int(env.get("CONTENT_LENGTH") or 0)
        body = env["wsgi.input"].read(length)
        arrived = time.time()
        exception = None
        try:
            self.verify(env, body)
        except Exception as e:  # noqa: BLE001 - any mismatch is a failed step
            exception = e
        try:
            at = json.loads(body)["timestamp"].replace("Z", "+00:00")
            latency_ms = max(0.0, (arrived - datetime.fromisoformat(at).timestamp()) * 1000)
        except Exception as e:  # noqa: BLE001
            latency_ms, exception = 0.0, exception or e
        self.environment.events.request.fire(
            request_type="WEBHOOK", name="webhook: delivered (event to receipt)",
            response_time=latency_ms, response_length=len(body), exception=exception,
            context={})
        start_response("204 No Content", [])
        return [b""]

    def verify(self, env, body):
        if self.secret is None:
            raise ValueError("delivery before the subscription answered")
        msg_id = env.get("HTTP_WEBHOOK_ID", "")
        stamp = env.get("HTTP_WEBHOOK_TIMESTAMP", "")
        key = base64.b64decode(self.secret.removeprefix("whsec_"))
        signed = f"{msg_id}.{stamp}.".encode() + body
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
        offered = [s.split(",", 1)[1] for s in env.get("HTTP_WEBHOOK_SIGNATURE", "").split()
                   if s.startswith("v1,")]
        if not any(hmac.compare_digest(expected, s) for s in offered):
            raise ValueError("bad webhook signature")

    def start(self, host):
        self.server = WSGIServer(("127.0.0.1", RECEIVER_PORT), self.app, log=None)
        self.server.start()
        admin = tokens().bearer("lt-admin", ["employer_admin"], EMPLOYER)
        body = json.dumps({
            "url": f"http://127.0.0.1:{RECEIVER_PORT}/hooks",
            "events": ["application.created", "application.status.changed",
                       "application.note.added", "shortlist.entry.added"],
            "description": "scripts/loadtest receiver"}).encode()
        request = urllib.request.Request(
            f"{host}/v1/webhooks/subscriptions", data=body, method="POST",
            headers={"Authorization": admin, "Content-Type": "application/json",
                     "Idempotency-Key": uuid.uuid4().hex})
        with urllib.request.urlopen(request, timeout=10) as r:
            self.secret = json.load(r)["secret"]


RECEIVER = None


@events.test_start.add_listener
def _subscribe(environment, **_kwargs):
    global RECEIVER
    if RECEIVER_PORT and EMPLOYER:
        RECEIVER = Receiver(environment)
        RECEIVER.start(environment.host)


@events.test_stop.add_listener
def _unsubscribe(environment, **_kwargs):
    if RECEIVER and RECEIVER.server:
        # Deliveries of the last requests get a moment to arrive.
        time.sleep(1)
        RECEIVER.server.stop()
