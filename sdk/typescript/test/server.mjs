// Starts the real jobs-server for the SDK tests: its own database, a free port, a dev signing
// key of its own; tokens come from `jobs-server token` with the same key.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, homedir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

const PG = process.env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432";

export function serverBinary() {
  if (process.env.JOBS_SERVER_BIN) return process.env.JOBS_SERVER_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache", "jobs-target");
  return join(target, "debug", "jobs-server");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export async function startServer(env = {}) {
  const dir = mkdtempSync(join(tmpdir(), "jobs-sdk-"));
  const keyPath = join(dir, "key.pem");
  const db = `jobs_sdk_${randomUUID().replaceAll("-", "")}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const bin = serverBinary();
  const child = spawn(bin, ["serve"], {
    env: {
      PATH: process.env.PATH,
      JOBS_DATABASE_URL: `${PG}/${db}`,
      JOBS_LISTEN_ADDR: `127.0.0.1:${port}`,
      JOBS_METRICS_ADDR: "127.0.0.1:0",
      JOBS_DEV_KEY_PATH: keyPath,
      JOBS_REDIS_URL: "",
      JOBS_WEBHOOK_DISPATCH: "off",
      JOBS_LOG: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
  }
  const token = (employer, role, sub = `${role}-sdk`) =>
    execFileSync(
      bin,
      ["token", ...(employer ? ["--employer", employer] : []), "--role", role, "--sub", sub],
      { env: { PATH: process.env.PATH, JOBS_DEV_KEY_PATH: keyPath } },
    )
      .toString()
      .trim();
  const stop = async () => {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r() : child.on("exit", r)));
    try {
      execFileSync("psql", [`${PG}/postgres`, "-q", "-c", `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`], {
        stdio: "ignore",
      });
    } catch {
      // best effort
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, token, stop, logs: () => stderr };
}
