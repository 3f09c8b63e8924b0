// `prepare`: builds dist/ whenever the package is installed from its folder or a git checkout
// (`npm install <folder>` links it and runs this, without its devDependencies) and before
// `npm pack`. The TypeScript compiler comes from the folder's own devDependencies, installed
// here first when missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", ".bin", "tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
if (!existsSync(tsc)) {
  execFileSync(npm, ["install", "--no-save", "--ignore-scripts", "--include=dev", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
  });
}
execFileSync(tsc, ["-p", join(root, "tsconfig.json")], { cwd: root, stdio: "inherit" });
