// What a frontend team gets: the SDK installed as a package (from `npm pack`'s tarball, and
// from the folder itself as `npm install <folder>` does), and a consumer's TypeScript — a call
// of every operation of the contract (test/consumer/every-operation.ts) — compiled with
// `tsc --strict`. A program that misuses the types must fail to compile, or this proves nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consumer, packed, sdk } from "./consumer/project.mjs";

test("every operation compiles under --strict against the packed package, and misuse does not", () => {
  const pack = packed();
  const project = consumer(pack.tarball);
  const dir = project.dir;
  const compile = project.compile;
  try {
    cpSync(join(sdk, "test", "consumer", "every-operation.ts"), join(dir, "every-operation.ts"));
    const ok = compile(dir);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);

    // Misuse: a GET with a body, a missing path parameter, a wrong member type, and a list of
    // calls missing one operation. Each must be a compile error.
    writeFileSync(
      join(dir, "misuse.ts"),
      `import { JobsApiClient, type paths } from "@jobs-api/sdk";
const c = new JobsApiClient({ baseUrl: "https://x" });
c.call("get", "/v1/jobs", { body: { title: "x" } });
c.call("get", "/v1/jobs/{id}");
c.call("post", "/v1/jobs", { body: { title: 7 } });
`,
    );
    const bad = compile(dir);
    assert.notEqual(bad.status, 0, "misuse compiled");
    const errors = (bad.stdout.match(/misuse\.ts\(\d+,\d+\): error/g) ?? []).length;
    assert.equal(errors, 3, bad.stdout);
    rmSync(join(dir, "misuse.ts"));
    const source = readFileSync(join(dir, "every-operation.ts"), "utf8");
    writeFileSync(join(dir, "every-operation.ts"), source.replace(/^ {2}"get \/v1\/jobs": .*\n/m, ""));
    const incomplete = compile(dir);
    assert.notEqual(incomplete.status, 0, "a missing operation went unnoticed");
    assert.match(incomplete.stdout, /get \/v1\/jobs/);
  } finally {
    project.remove();
    pack.remove();
  }
});

test("npm install of the folder builds the package (prepare)", () => {
  // A fresh clone has no dist/: a copy of the sources alone, installed from its folder.
  const copy = mkdtempSync(join(tmpdir(), "jobs-sdk-folder-"));
  for (const f of ["package.json", "package-lock.json", "tsconfig.json", "README.md", "LICENSE", "src", "scripts"]) {
    cpSync(join(sdk, f), join(copy, f), { recursive: true });
  }
  const project = consumer(copy);
  const dir = project.dir;
  try {
    const run = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", 'const m = await import("@jobs-api/sdk"); console.log(typeof m.JobsApiClient, m.PROBLEM_TYPES.length);'],
      { cwd: dir, encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^function \d+/);
    const pkg = JSON.parse(readFileSync(join(copy, "package.json"), "utf8"));
    assert.equal(pkg.license, "Apache-2.0");
  } finally {
    project.remove();
    rmSync(copy, { recursive: true, force: true });
  }
});

test("the problem types the SDK knows are the contract's", () => {
  const contract = readFileSync(join(sdk, "..", "..", "openapi.yaml"), "utf8");
  const listed = [...contract.matchAll(/- \{type: '([^']+)', status: '[^']+'\}/g)].map((m) => m[1]).sort();
  const source = readFileSync(join(sdk, "src", "client.ts"), "utf8");
  const block = source.slice(source.indexOf("export const PROBLEM_TYPES"), source.indexOf("] as const"));
  const known = [...block.matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort();
  assert.deepEqual(known, listed);
});
