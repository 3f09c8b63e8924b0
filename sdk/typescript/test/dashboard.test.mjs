// The reference analytics dashboard (sdk/dashboard, built by its build.mjs) in a real browser
// (Debian's chromium through playwright-core) against the real server: views and applications
// made through the API reach the page's numbers after the worker folds them, the three charts
// are drawn, axe-core finds no WCAG 2.1 A/AA violation, and nothing is fetched from another
// origin (Chart.js is bundled). Screenshot: test-results/dashboard.png (and docs/images/ with
// JOBS_UPDATE_SCREENSHOT=1, the README's).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, copyFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { JobsApiClient } from "../dist/index.js";
import { startServer } from "./server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const DIST = join(here, "..", "..", "dashboard", "dist");
const BROWSER = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const EMPLOYER = "5d3c0000-0000-4000-8000-000000000032";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

let server;
let site;
let browser;
let token;

/** The dashboard's files, from another origin than the API's. */
function serveDashboard(port) {
  return new Promise((resolve) => {
    const srv = createServer((req, res) => {
      const path = new URL(req.url, "http://x").pathname;
      const file = join(DIST, path === "/" ? "index.html" : path.slice(1));
      if (!file.startsWith(DIST) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    });
    srv.listen(port, "127.0.0.1", () => resolve({ srv, base: `http://127.0.0.1:${port}` }));
  });
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  assert.ok(existsSync(join(DIST, "dashboard.js")), "build the dashboard first: node build.mjs in sdk/dashboard");
  const port = await freePort();
  server = await startServer({
    JOBS_CORS_ALLOWED_ORIGINS: `http://127.0.0.1:${port}`,
    JOBS_TRUSTED_PROXIES: "127.0.0.1/32",
    JOBS_ANALYTICS_FLUSH_MS: "200",
  });
  site = await serveDashboard(port);
  token = server.token(EMPLOYER, "recruiter");
  const recruiter = new JobsApiClient({ baseUrl: server.base, token: () => token });
  const anonymous = new JobsApiClient({ baseUrl: server.base });
  const jobs = [];
  for (const title of ["Sous Chef", "Dive Instructor"]) {
    const { data } = await recruiter.call("post", "/v1/jobs", {
      body: { title, description: `${title} at the resort.`, department: "Operations", location: "Baa Atoll", employment_type: "full_time", languages: ["English"], vacancies: 1 },
    });
    await recruiter.call("post", "/v1/jobs/{id}:publish", { path: { id: data.id } });
    jobs.push(data.id);
  }
  // Twelve visitors read the first job, five the second (each from an address of their own).
  for (const [job, visitors] of [[jobs[0], 12], [jobs[1], 5]]) {
    for (let i = 0; i < visitors; i++) {
      const r = await fetch(`${server.base}/v1/public/jobs/${job}`, {
        headers: { "x-forwarded-for": `203.0.113.${i + 1}`, "user-agent": "Mozilla/5.0 Firefox/133.0" },
      });
      assert.equal(r.status, 200);
    }
  }
  // Five applications from three sources; two move on, one is hired.
  const people = [
    ["careers_page", "resort-site"],
    ["careers_page", "resort-site"],
    ["widget", undefined],
    ["public", undefined],
    ["widget", "instagram"],
  ];
  const ids = [];
  for (const [i, [source, utm]] of people.entries()) {
    const { data } = await anonymous.call("post", "/v1/public/jobs/{id}/apply", {
      path: { id: jobs[i % 2] },
      body: {
        name: `Person ${i}`,
        email: `person-${i}-${Date.now()}@example.com`,
        consent: { granted: true, policy_version: "2026-01" },
        source,
        ...(utm ? { utm_source: utm } : {}),
      },
    });
    ids.push(data.id);
  }
  for (const [id, path] of [[ids[0], ["screening", "interview", "offer", "hired"]], [ids[1], ["screening", "rejected"]]]) {
    for (const status of path) {
      await recruiter.call("patch", "/v1/applications/{id}", { path: { id }, body: { status }, ifMatch: "*" });
    }
  }
  // The worker folds the counters and the outbox in the background (every 200 ms here).
  for (let i = 0; i < 100; i++) {
    const { data } = await recruiter.call("get", "/v1/analytics/funnel");
    if (data.totals.views === 17 && data.totals.hired === 1 && data.totals.rejected === 1) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(BROWSER, "chromium is missing: scripts/test-tools installs it");
  browser = await chromium.launch({ executablePath: BROWSER, args: ["--no-sandbox"] });
});

after(async () => {
  await browser?.close();
  site?.srv.close();
  await server?.stop();
});

test("the dashboard draws the funnel, the trend and the sources from the API's numbers", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`error: ${e}`));
  page.on("request", (r) => {
    if (![site.base, server.base].some((origin) => r.url().startsWith(origin))) problems.push(`foreign request: ${r.url()}`);
  });
  await page.goto(`${site.base}/?api=${encodeURIComponent(server.base)}#token=${token}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  const glance = Object.fromEntries(
    await page.$$eval("#glance div", (groups) => groups.map((g) => [g.querySelector("dt").textContent, g.querySelector("dd").textContent])),
  );
  assert.equal(glance["Views"], "17");
  assert.equal(glance["Unique visitors"], "17");
  assert.equal(glance["Applications"], "5");
  assert.equal(glance["Hired"], "1");
  assert.equal(glance["Hire ratio"], "20 %");
  assert.equal(glance["Offers accepted"], "1 of 1");
  const funnel = await page.$$eval("#funnel-table tbody tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
  assert.deepEqual(
    funnel.map((r) => r.slice(0, 3)),
    [["views", "17", ""], ["applications", "5", "29 %"], ["screening", "2", "40 %"], ["interview", "1", "50 %"], ["offer", "1", "100 %"], ["hired", "1", "100 %"]],
  );
  const sources = await page.$$eval("#sources-table tbody tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
  assert.deepEqual(sources[0], ["Careers page", "resort-site", "2", "1"]);
  assert.equal(sources.length, 4);
  // Each chart drew something: its canvas has pixels that are not the background.
  for (const id of ["funnel-chart", "trend-chart", "sources-chart"]) {
    const inked = await page.$eval(`#${id}`, (canvas) => {
      const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    assert.ok(inked > 1000, `${id} drew ${inked} pixels`);
  }
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/dashboard.png", fullPage: true });
  if (process.env.JOBS_UPDATE_SCREENSHOT === "1") {
    copyFileSync("test-results/dashboard.png", join(here, "..", "..", "..", "docs", "images", "dashboard.png"));
  }
  // A narrower range per week redraws from the API.
  await page.selectOption("#interval", "week");
  await page.click("button[type=submit]");
  await page.waitForSelector("body[data-ready=true]");
  assert.match(await page.textContent("#status"), /per week/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the dashboard has no WCAG 2.1 A/AA violation axe-core can find", async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.base}/?api=${encodeURIComponent(server.base)}#token=${token}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  assert.ok(result.passes.length >= 10, `axe passed only ${result.passes.length} rules`);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
  await context.close();
});

test("a bad token shows the problem, not a blank page", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.base}/?api=${encodeURIComponent(server.base)}#token=not-a-token`);
  await page.waitForSelector("body[data-ready=error]", { timeout: 15000 });
  assert.match(await page.textContent("#error"), /token/i);
  await context.close();
});
