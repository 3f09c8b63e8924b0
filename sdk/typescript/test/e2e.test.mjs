// End to end against the real server: what a frontend team does with the SDK.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { JobsApiClient, ProblemError } from "../dist/index.js";
import { startServer } from "./server.mjs";

const EMPLOYER = "5d3c0000-0000-4000-8000-000000000001";
let server;
let recruiter;
let anonymous;

before(async () => {
  server = await startServer();
  const token = server.token(EMPLOYER, "recruiter");
  // A token provider: called before every request (short-lived JWTs are refreshed there).
  recruiter = new JobsApiClient({ baseUrl: server.base, token: () => token });
  anonymous = new JobsApiClient({ baseUrl: server.base });
});

after(async () => {
  await server?.stop();
});

const completeJob = (title) => ({
  title,
  description: "Cook for the island's guests.",
  department: "Kitchen",
  location: "Malé",
  employment_type: "full_time",
  languages: ["English"],
  salary: { min: 20000, max: 30000, currency: "MVR", period: "month" },
  vacancies: 1,
});

test("a recruiter creates, edits with the ETag and publishes; an applicant finds it and applies; the pipeline moves", async () => {
  const created = await recruiter.call("post", "/v1/jobs", { body: completeJob("Pastry Chef Lagoon") });
  assert.equal(created.status, 201);
  const id = created.data.id;
  assert.equal(created.location, `/v1/jobs/${id}`);
  assert.ok(created.etag);
  assert.ok(created.traceId);
  // The update sends If-Match from the last ETag the client saw, without being told.
  const edited = await recruiter.call("patch", "/v1/jobs/{id}", {
    path: { id },
    body: { title: "Pastry Chef, Lagoon Kitchen" },
  });
  assert.equal(edited.data.title, "Pastry Chef, Lagoon Kitchen");
  assert.notEqual(edited.etag, created.etag);
  // A stale ETag is a typed 412 problem.
  await assert.rejects(
    recruiter.call("patch", "/v1/jobs/{id}", { path: { id }, body: { title: "Lost update" }, ifMatch: created.etag }),
    (e) => e instanceof ProblemError && e.status === 412 && e.problem.status === 412,
  );
  const published = await recruiter.call("post", "/v1/jobs/{id}:publish", { path: { id } });
  assert.equal(published.data.status, "published");

  // Anonymous: public search finds it, then apply.
  const found = await anonymous.call("get", "/v1/public/jobs", { query: { q: "pastry lagoon" } });
  assert.ok(found.data.items.some((j) => j.id === id));
  // A search box's completions: the index follows the publish within milliseconds.
  let suggested;
  for (let i = 0; i < 50; i++) {
    suggested = await anonymous.call("get", "/v1/public/jobs/suggest", { query: { q: "pastr", limit: 5 } });
    if (suggested.data.items.some((s) => s.text === "Pastry Chef, Lagoon Kitchen")) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const completion = suggested.data.items.find((s) => s.text === "Pastry Chef, Lagoon Kitchen");
  assert.equal(completion?.kind, "title");
  assert.equal(completion?.highlighted, "<mark>Pastry</mark> Chef, Lagoon Kitchen");
  const receipt = await anonymous.call("post", "/v1/public/jobs/{id}/apply", {
    path: { id },
    body: {
      name: "Aishath Naseer",
      email: `aishath-${randomUUID()}@example.com`,
      consent: { granted: true, policy_version: "2026-01" },
    },
  });
  assert.equal(receipt.status, 201);

  // The recruiter moves the application through the pipeline.
  const apps = [];
  for await (const a of recruiter.paginate("/v1/jobs/{id}/applications", { path: { id } })) apps.push(a);
  assert.equal(apps.length, 1);
  const app = apps[0];
  const current = await recruiter.call("get", "/v1/applications/{id}", { path: { id: app.id } });
  const screening = await recruiter.call("patch", "/v1/applications/{id}", {
    path: { id: app.id },
    body: { status: "screening" },
    ifMatch: current.etag,
  });
  assert.equal(screening.data.status, "screening");
  const interview = await recruiter.call("patch", "/v1/applications/{id}", {
    path: { id: app.id },
    body: { status: "interview" },
  });
  assert.equal(interview.data.status, "interview");
  // And shortlists the applicant.
  const entry = await recruiter.call("post", "/v1/jobs/{id}/shortlist/entries", {
    path: { id },
    body: { applicant_id: app.applicant.id, rank: 1 },
  });
  assert.equal(entry.status, 201);
  const shortlist = await recruiter.call("get", "/v1/jobs/{id}/shortlist", { path: { id } });
  assert.equal(shortlist.data.entries[0].applicant.id, app.applicant.id);
});

test("partners follow the changes feed and read the RSS feed through the SDK", async () => {
  const created = await recruiter.call("post", "/v1/jobs", { body: completeJob("Feed Chef Lagoon") });
  await recruiter.call("post", "/v1/jobs/{id}:publish", { path: { id: created.data.id } });
  const changes = [];
  for await (const c of anonymous.paginate("/v1/public/jobs/changes", { query: { limit: 5 } })) changes.push(c);
  const mine = changes.find((c) => c.job_id === created.data.id && c.change === "published");
  assert.equal(mine?.job?.title, "Feed Chef Lagoon");
  const feed = await anonymous.call("get", "/v1/public/jobs/feed");
  assert.equal(typeof feed.data, "string");
  assert.ok(feed.data.startsWith("<?xml"));
  assert.ok(feed.data.includes(`<guid isPermaLink="false">${created.data.id}</guid>`));
});

test("the iterator pages through a list without gaps or repeats", async () => {
  const ids = new Set();
  for (let i = 0; i < 7; i++) {
    const j = await recruiter.call("post", "/v1/jobs", { body: { title: `Paged ${i}` } });
    ids.add(j.data.id);
  }
  const seen = [];
  for await (const job of recruiter.paginate("/v1/jobs", { query: { limit: 2 } })) seen.push(job.id);
  assert.equal(new Set(seen).size, seen.length, "no repeats");
  for (const id of ids) assert.ok(seen.includes(id), "no gaps");
});

test("a retried create with the same key is replayed, not duplicated", async () => {
  const key = randomUUID();
  const a = await recruiter.call("post", "/v1/jobs", { body: { title: "Once" }, idempotencyKey: key });
  const b = await recruiter.call("post", "/v1/jobs", { body: { title: "Once" }, idempotencyKey: key });
  assert.equal(a.data.id, b.data.id);
  assert.equal(b.response.headers.get("idempotent-replayed"), "true");
});

test("errors arrive as typed problems", async () => {
  await assert.rejects(
    recruiter.call("get", "/v1/jobs/{id}", { path: { id: randomUUID() } }),
    (e) => e instanceof ProblemError && e.status === 404 && e.problem.title.length > 0 && e.traceId !== null,
  );
  const draft = await recruiter.call("post", "/v1/jobs", { body: { title: "Draft only" } });
  await assert.rejects(
    recruiter.call("post", "/v1/jobs/{id}:close", { path: { id: draft.data.id } }),
    (e) => e instanceof ProblemError && e.status === 409,
  );
  await assert.rejects(
    recruiter.call("post", "/v1/jobs", {
      body: { title: "Upside down", salary: { min: 9, max: 1, currency: "MVR", period: "month" } },
    }),
    (e) =>
      e instanceof ProblemError &&
      e.status === 422 &&
      Array.isArray(e.problem.errors) &&
      e.problem.errors.some((f) => f.pointer.includes("salary")),
  );
  await assert.rejects(
    anonymous.call("get", "/v1/jobs"),
    (e) => e instanceof ProblemError && e.status === 401,
  );
});

test("429 is retried after Retry-After, and surfaces as a typed problem without retries", async () => {
  const limited = await startServer({ JOBS_RATE_LIMIT_SEARCH: "3/2s" });
  try {
    const patient = new JobsApiClient({ baseUrl: limited.base, maxRetries: 5 });
    const impatient = new JobsApiClient({ baseUrl: limited.base, maxRetries: 0 });
    for (let i = 0; i < 3; i++) await impatient.call("get", "/v1/public/jobs");
    const refused = await impatient.call("get", "/v1/public/jobs").then(
      () => null,
      (e) => e,
    );
    assert.ok(refused instanceof ProblemError);
    assert.equal(refused.status, 429);
    assert.ok(refused.retryAfter !== null && refused.retryAfter > 0);
    const started = Date.now();
    const ok = await patient.call("get", "/v1/public/jobs");
    assert.equal(ok.status, 200);
    assert.ok(Date.now() - started >= 500, "it waited for the window");
    assert.ok(ok.rateLimit.policy?.includes("3"));
  } finally {
    await limited.stop();
  }
});
