// Bundles the dashboard (src/dashboard.ts, the SDK's client and Chart.js) into one minified ES
// module beside its page: dist/index.html and dist/dashboard.js. Nothing is fetched from a CDN.
//   node build.mjs
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "src", "dashboard.ts")],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  outfile: join(out, "dashboard.js"),
  legalComments: "eof",
  logLevel: "warning",
});
for (const file of ["index.html", "dashboard.css"]) copyFileSync(join(here, "src", file), join(out, file));
console.log(`dashboard built in ${out}`);
