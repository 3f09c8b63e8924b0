// A CV sent from the careers page's apply form in a real browser: the page's script presigns,
// posts the file to a real S3-compatible store (s3s-fs, another origin, no CORS), completes,
// and the form sends the verified upload with the application.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { JobsApiClient } from "../dist/index.js";
import { startServer } from "./server.mjs";

const BROWSER = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
const S3S =
  process.env.JOBS_TEST_S3S_FS ??
  join(process.env.JOBS_TOOLS_DIR ?? join(homedir(), ".cache", "jobs-tools"), "s3s-fs", "bin", "s3s-fs");
const EMPLOYER = "5d3c0000-0000-4000-8000-000000000129";
const BUCKET = "jobs-uploads";
const KEY = "test-access-key";
const SECRET = "test-secret-key-of-forty-characters-long";
const PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

let store;
let storeDir;
let server;
let browser;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

before(async () => {
  assert.ok(existsSync(S3S), `${S3S} is missing: run scripts/test-tools`);
  storeDir = mkdtempSync(join(tmpdir(), "jobs-s3-"));
  mkdirSync(join(storeDir, BUCKET));
  const port = await freePort();
  store = spawn(S3S, ["--host", "127.0.0.1", "--port", String(port), "--access-key", KEY, "--secret-key", SECRET, storeDir], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  server = await startServer({
    JOBS_S3_BUCKET: BUCKET,
    JOBS_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: KEY,
    AWS_SECRET_ACCESS_KEY: SECRET,
    JOBS_S3_VERIFY_ENCRYPTION: "off",
  });
  browser = await chromium.launch({ executablePath: BROWSER, args: ["--no-sandbox"] });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  store?.kill();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

test("the apply form sends a CV through the presigned flow when scripts run", async () => {
  const admin = new JobsApiClient({ baseUrl: server.base, token: () => server.token(EMPLOYER, "employer_admin") });
  const recruiter = new JobsApiClient({ baseUrl: server.base, token: () => server.token(EMPLOYER, "recruiter") });
  await admin.call("get", "/v1/employer");
  await admin.call("patch", "/v1/employer", { body: { name: "Atoll Air", slug: "atoll-air" } });
  const { data: job } = await recruiter.call("post", "/v1/jobs", {
    body: {
      title: "Seaplane Pilot",
      description: "Fly guests to the resorts.",
      department: "Flight Operations",
      location: "Malé",
      employment_type: "full_time",
      languages: ["English"],
      vacancies: 1,
    },
  });
  await recruiter.call("post", "/v1/jobs/{id}:publish", { path: { id: job.id } });

  const dir = mkdtempSync(join(tmpdir(), "jobs-cv-"));
  const cv = join(dir, "cv.pdf");
  writeFileSync(cv, PDF);
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(`${server.base}/careers/atoll-air/jobs/${job.id}`);
    await page.getByLabel("Full name").fill("Ibrahim Nasir");
    await page.getByLabel("E-mail").fill("ibrahim.nasir@example.com");
    await page.getByLabel(/^CV/).setInputFiles(cv);
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByRole("heading", { name: "Thank you for applying" }).waitFor();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(errors, []);
  const { data } = await recruiter.call("get", "/v1/jobs/{id}/applications", { path: { id: job.id } });
  const application = data.items.find((a) => a.applicant.email === "ibrahim.nasir@example.com");
  assert.ok(application, JSON.stringify(data.items));
  const upload = application.submission.cv_upload_id;
  assert.ok(upload, JSON.stringify(application.submission));
  const { data: stored } = await recruiter.call("get", "/v1/uploads/{id}", { path: { id: upload } });
  assert.equal(stored.status, "verified");
  assert.equal(stored.purpose, "cv");
});
