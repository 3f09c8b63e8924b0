// The API reference page in a real browser (Debian's chromium through playwright-core): every
// operation of the contract is on it, the console stays clean, no request leaves the server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";

const BROWSER = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
let server;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

test("/docs renders every operation offline", async () => {
  assert.ok(BROWSER, "chromium is missing: scripts/test-tools installs it");
  const browser = await chromium.launch({ executablePath: BROWSER, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    const foreign = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(server.base) && !url.startsWith("blob:") && !url.startsWith("data:")) foreign.push(url);
    });
    await page.goto(`${server.base}/docs`, { waitUntil: "networkidle" });
    const spec = await (await fetch(`${server.base}/v1/openapi.json`)).json();
    await page.waitForSelector("text=" + spec.info.title, { timeout: 30_000 });
    const text = await page.evaluate(() => document.body.innerText);
    const missing = [];
    for (const item of Object.values(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
        if (!text.includes(op.summary)) missing.push(`${op.operationId} (${op.summary})`);
      }
    }
    assert.deepEqual(missing, [], "operations missing from the page");
    assert.deepEqual(errors, [], "console errors");
    assert.deepEqual(foreign, [], "requests that left the server");
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/docs.png", fullPage: false });
  } finally {
    await browser.close();
  }
});
