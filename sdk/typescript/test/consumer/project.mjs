// A consumer's project for the SDK's tests: the SDK installed as a package (from `npm pack`'s
// tarball, or from its folder as `npm install <folder>` does) and a strict tsconfig.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const sdk = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tsc = join(sdk, "node_modules", ".bin", "tsc");

/** The SDK packed as a tarball; returns its path and a clean-up. */
export function packed() {
  const dir = mkdtempSync(join(tmpdir(), "jobs-sdk-pack-"));
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: sdk, encoding: "utf8" }),
  );
  return { tarball: join(dir, pack.filename), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A project with the SDK installed from `source`; `emit` compiles to `out/`. */
export function consumer(source, { emit = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "jobs-sdk-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", source], { cwd: dir, stdio: "pipe" });
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022", "DOM"],
        strict: true,
        noEmit: !emit,
        outDir: "out",
        skipLibCheck: false,
      },
      include: ["*.ts"],
    }),
  );
  return {
    dir,
    compile: () => spawnSync(tsc, ["-p", join(dir, "tsconfig.json")], { encoding: "utf8" }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
