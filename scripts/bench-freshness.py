#!/usr/bin/env python3
"""Freshness of public search under writes (issue: public search that job seekers expect).

Runs WRITES_PER_S writes a second for SECONDS against a running server — jobs published, edited
(a new title word) and closed, in turn — and for each one polls public search for its unique word
until the job appears (published, edited) or is gone (closed). Prints how long after the write's
answer the search agreed: p50, p99 and the worst, and how many writes never did within 5 s.

    bench-freshness.py BASE_URL TOKEN [WRITES_PER_S] [SECONDS] [READ_BASE_URL]

TOKEN: a recruiter's bearer token (`jobs-server token --employer … --role recruiter`).
READ_BASE_URL: another replica to search (default BASE_URL). Searching the replica that wrote
measures less than the index: right after its own write it waits up to 250 ms for its index and
then reads SQL, so the bench reads from a second replica, whose index alone answers.
Standard library only, so that it runs wherever the bench runs.
"""

import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

BASE, TOKEN = sys.argv[1], sys.argv[2]
RATE = float(sys.argv[3]) if len(sys.argv) > 3 else 50.0
SECONDS = float(sys.argv[4]) if len(sys.argv) > 4 else 10.0
READ_BASE = sys.argv[5] if len(sys.argv) > 5 else BASE
GIVE_UP = 5.0
POLL = 0.005


def call(method, path, body=None, etag=None):
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    if method == "POST":
        headers["idempotency-key"] = str(uuid.uuid4())
    if etag:
        headers["if-match"] = etag
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response), response.headers.get("etag")


def word(n):
    """A word no seeded job has: letters only (the tokenizer splits at digits' edges)."""
    letters = ""
    n += 26**4
    while n:
        n, r = divmod(n, 26)
        letters += chr(ord("a") + r)
    return "zq" + letters


def job(title):
    return {
        "title": title,
        "description": "Freshness probe.",
        "department": "Freshness",
        "location": "Malé",
        "employment_type": "full_time",
        "languages": ["English"],
        "vacancies": 1,
    }


def found(term):
    url = f"{READ_BASE}/v1/public/jobs?q={term}%20&limit=5"
    with urllib.request.urlopen(url, timeout=10) as response:
        return [item["id"] for item in json.load(response)["items"]]


def wait(term, job_id, present, answered, seen):
    """Polls until the search agrees; a job found is then `seen`: only those are edited or
    closed next (a change on top of one the replica has not read yet may reach it in the same
    batch, and the state between is rightly never searchable)."""
    while True:
        now = time.monotonic()
        if now - answered > GIVE_UP:
            return None
        if (job_id in found(term)) == present:
            lag = time.monotonic() - answered
            if present:
                seen(job_id, term)
            return lag
        time.sleep(POLL)


def main():
    published = []  # (id, word) of jobs published here, found, and not closed yet
    lock = threading.Lock()

    def seen(job_id, term):
        with lock:
            published.append((job_id, term))

    lags, missed, errors = [], 0, 0
    pool = ThreadPoolExecutor(max_workers=64)
    futures = []
    n = 0
    start = time.monotonic()
    while time.monotonic() - start < SECONDS:
        due = start + n / RATE
        time.sleep(max(0.0, due - time.monotonic()))
        kind = n % 3
        try:
            with lock:
                target = published.pop(0) if kind and published else None
            if target is None:
                term = word(n)
                created, _ = call("POST", "/v1/jobs", job(f"Probe {term}"))
                call("POST", f"/v1/jobs/{created['id']}:publish")
                answered = time.monotonic()
                futures.append(pool.submit(wait, term, created["id"], True, answered, seen))
            elif kind == 1:
                job_id, old = target
                term = word(n)
                _, etag = call("GET", f"/v1/jobs/{job_id}")
                call("PATCH", f"/v1/jobs/{job_id}", {"title": f"Probe {term}"}, etag)
                answered = time.monotonic()
                futures.append(pool.submit(wait, term, job_id, True, answered, seen))
            else:
                job_id, term = target
                call("POST", f"/v1/jobs/{job_id}:close")
                answered = time.monotonic()
                futures.append(pool.submit(wait, term, job_id, False, answered, seen))
        except (urllib.error.URLError, KeyError, ValueError) as e:
            errors += 1
            print(f"write failed: {e}", file=sys.stderr)
        n += 1
    elapsed = time.monotonic() - start
    for f in futures:
        lag = f.result()
        if lag is None:
            missed += 1
        else:
            lags.append(lag)
    lags.sort()

    def pct(p):
        return lags[min(len(lags) - 1, int(p / 100 * len(lags)))] * 1000 if lags else float("nan")

    print(
        f"writes={n} ({n / elapsed:.0f}/s) p50={pct(50):.1f}ms p99={pct(99):.1f}ms "
        f"max={max(lags) * 1000 if lags else float('nan'):.1f}ms not-within-{GIVE_UP:.0f}s={missed} "
        f"errors={errors}"
    )


main()
