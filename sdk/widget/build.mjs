// Bundles <jobs-board> (src/jobs-board.ts and the SDK's client it uses) into one minified ES
// module, and writes it where the server compiles it in (server/assets/widget/jobs-board.js,
// served at /widget/v1/jobs-board.js). Fails when the bundle is 20 KB or more gzipped.
//   node build.mjs            # build and copy
//   node build.mjs --check    # build and compare with the committed copy (CI)
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "..", "server", "assets", "widget", "jobs-board.js");
const LIMIT = 20 * 1024;

const result = await build({
  entryPoints: [join(here, "src", "jobs-board.ts")],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  write: false,
  legalComments: "none",
  logLevel: "warning",
});
const code = result.outputFiles[0].text;
const gzipped = gzipSync(code, { level: 9 }).length;
console.log(`jobs-board.js: ${code.length} bytes, ${gzipped} gzipped (limit ${LIMIT})`);
if (gzipped >= LIMIT) {
  console.error("the widget is over its size budget");
  process.exit(1);
}
if (process.argv.includes("--check")) {
  const committed = readFileSync(target, "utf8");
  if (committed !== code) {
    console.error(`${target} is not the build of src/: run \`npm run build\` in sdk/widget and commit it`);
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
}
