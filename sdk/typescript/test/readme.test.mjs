// The package README's TypeScript runs as written: each ```ts block compiles under --strict
// against the installed package, and the quick start runs against the real server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumer, packed, sdk } from "./consumer/project.mjs";
import { startServer } from "./server.mjs";

const EMPLOYER = "5d3c0000-0000-4000-8000-0000000000aa";
let server;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

test("the README's TypeScript compiles and its quick start runs against the server", () => {
  const blocks = [...readFileSync(join(sdk, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 2, "the README has its TypeScript blocks");
  const pack = packed();
  const project = consumer(pack.tarball, { emit: true });
  try {
    // A Node.js consumer has `process` (from @types/node); declared here to need no download.
    writeFileSync(join(project.dir, "node-env.d.ts"), "declare const process: { env: Record<string, string | undefined> };\n");
    blocks.forEach((code, i) => writeFileSync(join(project.dir, `readme-${i}.ts`), code));
    const built = project.compile();
    assert.equal(built.status, 0, built.stdout + built.stderr);
    const run = spawnSync(process.execPath, [join(project.dir, "out", "readme-0.js")], {
      cwd: project.dir,
      encoding: "utf8",
      env: { ...process.env, JOBS_API: server.base, JOBS_TOKEN: server.token(EMPLOYER, "recruiter") },
    });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split("\n");
    assert.deepEqual(lines.slice(0, 2), ["published", "Head Pastry Chef"]);
    assert.match(run.stdout, /listed with ETag "\d+"/);
    assert.match(run.stdout, /changed meanwhile: The resource changed since it was read/);
  } finally {
    project.remove();
    pack.remove();
  }
});
