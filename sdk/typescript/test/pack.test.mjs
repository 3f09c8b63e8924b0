// The package a frontend team installs: built ESM with its types, no runtime dependencies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

test("npm pack ships dist with types and depends on nothing", () => {
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { encoding: "utf8" }));
  const files = packed.files.map((f) => f.path);
  for (const f of ["dist/index.js", "dist/index.d.ts", "dist/client.js", "dist/generated/schema.d.ts", "package.json"]) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  assert.ok(!files.some((f) => f.startsWith("src/") || f.startsWith("test/")));
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  assert.equal(pkg.type, "module");
  assert.equal(pkg.dependencies, undefined, "no runtime dependencies beyond fetch");
});
