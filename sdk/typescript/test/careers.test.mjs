// The hosted careers site and the <jobs-board> widget in a real browser (Debian's chromium
// through playwright-core), against the real server: they list, search, open a job and apply
// (the application then exists with its source); axe-core finds no WCAG 2.1 A/AA violation;
// without JavaScript the careers page still lists and applies; no request leaves for another
// origin. Screenshots (desktop and mobile) go to test-results/ (CI keeps them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { JobsApiClient } from "../dist/index.js";
import { startServer } from "./server.mjs";

const BROWSER = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const EMPLOYER = "5d3c0000-0000-4000-8000-000000000029";
const SLUG = "coral-bay";
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };

/** "Front office manager" in Dhivehi. */
const DV_TITLE = "ފްރަންޓް އޮފީސް މެނޭޖަރ";

let server;
let site; // the employer's own site, another origin, embedding the widget
let browser;
let recruiter;

function startSite(apiBase, port) {
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coral Bay — join us</title>
<script type="module" src="${apiBase}/widget/v1/jobs-board.js"></script></head>
<body><main><h1>Join Coral Bay</h1><jobs-board employer="${SLUG}" api="${apiBase}"></jobs-board></main></body></html>`;
  return new Promise((resolve) => {
    const srv = createServer((req, res) => {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        // What the README advises an embedding site: the API's origin for the script and calls.
        "content-security-policy": `default-src 'self'; script-src ${apiBase}; connect-src ${apiBase}; img-src ${apiBase}`,
      });
      res.end(page);
    });
    srv.listen(port, "127.0.0.1", () => resolve({ srv, base: `http://127.0.0.1:${port}` }));
  });
}

before(async () => {
  // The embedding site's origin must be allowed for the widget's API calls.
  const port = await new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  server = await startServer({ JOBS_CORS_ALLOWED_ORIGINS: `http://127.0.0.1:${port}` });
  site = await startSite(server.base, port);
  const admin = new JobsApiClient({ baseUrl: server.base, token: () => server.token(EMPLOYER, "employer_admin") });
  recruiter = new JobsApiClient({ baseUrl: server.base, token: () => server.token(EMPLOYER, "recruiter") });
  await admin.call("get", "/v1/employer");
  await admin.call("patch", "/v1/employer", {
    body: { name: "Coral Bay Resort", slug: SLUG, brand_color: "#0a5c7a", about: "A resort on the house reef." },
  });
  for (const title of ["Sous Chef", "Dive Instructor", "Front Office Manager"]) {
    const { data } = await recruiter.call("post", "/v1/jobs", {
      body: {
        title,
        description: `${title} at the resort.`,
        department: title === "Sous Chef" ? "Kitchen" : "Operations",
        location: "Baa Atoll",
        employment_type: "full_time",
        languages: ["English"],
        vacancies: 1,
      },
    });
    if (title === "Front Office Manager") {
      // Its Dhivehi translation (Thaana, right to left), for the language tests.
      await recruiter.call("put", "/v1/jobs/{id}/translations/{locale}", {
        path: { id: data.id, locale: "dv" },
        body: { title: DV_TITLE, description: "ރިސޯޓުގެ ފްރަންޓް އޮފީސް ޓީމު ހިންގުން." },
      });
    }
    await recruiter.call("post", "/v1/jobs/{id}:publish", { path: { id: data.id } });
  }
  assert.ok(BROWSER, "chromium is missing: scripts/test-tools installs it");
  browser = await chromium.launch({ executablePath: BROWSER, args: ["--no-sandbox"] });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (site ? site.srv.close(r) : r()));
  await server?.stop();
});

/** A page that records console errors, failed answers and requests to other origins. */
async function watched(context, allowed) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`error: ${e}`));
  page.on("request", (r) => {
    if (!allowed.some((origin) => r.url().startsWith(origin))) problems.push(`foreign request: ${r.url()}`);
  });
  return { page, problems };
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is (a CSP-bypassing context loads it). */
async function axeViolations(url, viewport, prepare = async () => {}) {
  const context = await browser.newContext({ bypassCSP: true, viewport });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    await prepare(page);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    // axe ran its rules here (labels, contrast, names, landmarks…), not on an empty page.
    assert.ok(result.passes.length >= 10, `axe passed only ${result.passes.length} rules on ${url}`);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  } finally {
    await context.close();
  }
}

async function applications(source) {
  const { data: jobs } = await recruiter.call("get", "/v1/jobs", { query: { limit: 20 } });
  const all = [];
  for (const job of jobs.items) {
    const { data } = await recruiter.call("get", "/v1/jobs/{id}/applications", { path: { id: job.id } });
    all.push(...data.items.filter((a) => a.source === source));
  }
  return all;
}

test("the careers page lists, searches, opens a job and applies; it meets WCAG 2.1 AA", async () => {
  mkdirSync("test-results", { recursive: true });
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await watched(context, [server.base]);
  await page.goto(`${server.base}/careers/${SLUG}`);
  for (const title of ["Sous Chef", "Dive Instructor", "Front Office Manager"]) {
    await page.getByRole("link", { name: title }).waitFor();
  }
  await page.screenshot({ path: "test-results/careers-desktop.png", fullPage: true });
  await page.getByLabel("Search jobs").fill("instructor");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Dive Instructor" }).click();
  await page.getByRole("heading", { name: "Dive Instructor" }).waitFor();
  await page.getByLabel("Full name").fill("Aminath Saeed");
  await page.getByLabel("E-mail").fill("aminath.saeed@example.com");
  await page.getByLabel(/I agree/).check();
  await page.getByRole("button", { name: "Send application" }).click();
  await page.getByRole("heading", { name: "Thank you for applying" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
  const mobile = await browser.newContext({ viewport: MOBILE });
  const small = await mobile.newPage();
  await small.goto(`${server.base}/careers/${SLUG}`);
  await small.screenshot({ path: "test-results/careers-mobile.png", fullPage: true });
  await mobile.close();

  const applied = await applications("careers_page");
  assert.ok(applied.some((a) => a.applicant.email === "aminath.saeed@example.com"), JSON.stringify(applied));
  const { data: list } = await recruiter.call("get", "/v1/jobs", { query: { limit: 20 } });
  const job = list.items.find((j) => j.title === "Dive Instructor");
  for (const url of [`${server.base}/careers/${SLUG}`, `${server.base}/careers/${SLUG}/jobs/${job.id}`]) {
    assert.deepEqual(await axeViolations(url, DESKTOP), [], url);
    assert.deepEqual(await axeViolations(url, MOBILE), [], `${url} (mobile)`);
  }
});

test("without JavaScript the careers page lists and applies", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${server.base}/careers/${SLUG}`);
  await page.getByRole("link", { name: "Sous Chef" }).click();
  await page.getByLabel("Full name").fill("Hassan Ali");
  await page.getByLabel("E-mail").fill("hassan.ali@example.com");
  await page.getByLabel(/I agree/).check();
  await page.getByRole("button", { name: "Send application" }).click();
  await page.getByRole("heading", { name: "Thank you for applying" }).waitFor();
  await context.close();
  const applied = await applications("careers_page");
  assert.ok(applied.some((a) => a.applicant.email === "hassan.ali@example.com"));
});

test("the widget on another site lists, searches, opens a job and applies; it meets WCAG 2.1 AA", async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await watched(context, [server.base, site.base]);
  await page.goto(`${site.base}/?utm_source=resort-site`);
  const board = page.locator("jobs-board");
  for (const title of ["Sous Chef", "Dive Instructor", "Front Office Manager"]) {
    await board.getByRole("button", { name: title }).waitFor();
  }
  await page.screenshot({ path: "test-results/widget-desktop.png", fullPage: true });
  await board.getByRole("searchbox", { name: "Search jobs" }).fill("chef");
  await board.getByRole("button", { name: "Search" }).click();
  await board.getByRole("button", { name: "Dive Instructor" }).waitFor({ state: "detached" });
  // Keyboard: the job opens with Enter, and its heading takes the focus.
  await board.getByRole("button", { name: "Sous Chef" }).focus();
  await page.keyboard.press("Enter");
  await board.getByRole("heading", { name: "Sous Chef" }).waitFor();
  await board.getByLabel("Full name").fill("Fathimath Nadha");
  await board.getByLabel("E-mail").fill("fathimath.nadha@example.com");
  await board.getByLabel(/I agree/).check();
  await board.getByRole("button", { name: "Send application" }).click();
  await board.getByText("Thank you for applying").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
  const mobile = await browser.newContext({ viewport: MOBILE });
  const small = await mobile.newPage();
  await small.goto(site.base);
  await small.locator("jobs-board").getByRole("button", { name: "Sous Chef" }).waitFor();
  await small.screenshot({ path: "test-results/widget-mobile.png", fullPage: true });
  await mobile.close();

  const applied = await applications("widget");
  const mine = applied.find((a) => a.applicant.email === "fathimath.nadha@example.com");
  assert.ok(mine, JSON.stringify(applied));
  assert.equal(mine.utm_source, "resort-site");
  const ready = (page) => page.locator("jobs-board").getByRole("button", { name: "Sous Chef" }).waitFor();
  assert.deepEqual(await axeViolations(site.base, DESKTOP, ready), []);
  assert.deepEqual(await axeViolations(site.base, MOBILE, ready), []);
});

test("the widget is served for any origin and stays under 20 KB gzipped", async () => {
  const response = await fetch(`${server.base}/widget/v1/jobs-board.js`, { headers: { "accept-encoding": "identity" } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("access-control-allow-origin"), "*");
  assert.match(response.headers.get("content-type"), /^text\/javascript/);
  const { gzipSync } = await import("node:zlib");
  const size = gzipSync(Buffer.from(await response.arrayBuffer())).length;
  assert.ok(size < 20 * 1024, `${size} bytes gzipped`);
});

test("a job in English and Dhivehi: the page and the widget follow the reader's language, right to left", async () => {
  const { data: list } = await recruiter.call("get", "/v1/jobs", { query: { limit: 20 } });
  const job = list.items.find((j) => j.title === "Front Office Manager");
  assert.deepEqual(job.available_locales, ["dv", "en"]);
  const url = `${server.base}/careers/${SLUG}/jobs/${job.id}`;

  // A reader whose browser asks for Dhivehi gets the page in Dhivehi, right to left.
  const context = await browser.newContext({ viewport: DESKTOP, locale: "dv" });
  const { page, problems } = await watched(context, [server.base]);
  await page.goto(url);
  await page.getByRole("heading", { level: 1, name: DV_TITLE }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "dv");
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator('link[rel="alternate"][hreflang="en"]').count(), 1);
  // The switcher takes them to English, and the page turns left to right.
  await page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Front Office Manager" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
  assert.deepEqual(problems, []);
  await context.close();
  const inDhivehi = `${url}?lang=dv`;
  assert.deepEqual(await axeViolations(inDhivehi, DESKTOP), [], inDhivehi);
  assert.deepEqual(await axeViolations(inDhivehi, MOBILE), [], `${inDhivehi} (mobile)`);

  // The widget: the job in English, then in Dhivehi through its switcher.
  const widget = await browser.newContext({ viewport: DESKTOP, locale: "en" });
  const watchedWidget = await watched(widget, [server.base, site.base]);
  const w = watchedWidget.page;
  await w.goto(site.base);
  const board = w.locator("jobs-board");
  await board.getByRole("button", { name: "Front Office Manager" }).click();
  await board.getByRole("heading", { name: "Front Office Manager" }).waitFor();
  await board.locator('nav.languages button[lang="dv"]').click();
  await board.getByRole("heading", { name: DV_TITLE }).waitFor();
  assert.equal(await board.locator("article").getAttribute("dir"), "rtl");
  assert.equal(await board.locator("article").getAttribute("lang"), "dv");
  assert.deepEqual(watchedWidget.problems, []);
  await widget.close();
  const inWidget = async (page) => {
    const b = page.locator("jobs-board");
    await b.getByRole("button", { name: "Front Office Manager" }).click();
    await b.locator('nav.languages button[lang="dv"]').click();
    await b.getByRole("heading", { name: DV_TITLE }).waitFor();
  };
  assert.deepEqual(await axeViolations(site.base, DESKTOP, inWidget), []);
});
