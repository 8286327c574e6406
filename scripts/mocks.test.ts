// `npm run mocks`: the mocks alone, on their own port, with a migrated database, and a clean stop.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

test("serves /mock/... only, answers healthcheck and __reset, and stops on SIGTERM", async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/mocks.mjs"], {
    env: { ...process.env, MOCKS_PORT: String(port), DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "mocks-")), "portal.db") },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain("Mock Building Blocks ready");
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/mock/ns/suite-x/registration/healthcheck`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", bb: "registration", namespace: "suite-x" });
    const services = await fetch(`${base}/mock/ns/suite-x/registration/services`);
    expect(services.status).toBe(200);
    expect(Array.isArray(await services.json())).toBe(true);
    expect((await fetch(`${base}/mock/ns/suite-x/registration/__reset`, { method: "POST" })).status).toBe(200);
    const portal = await fetch(`${base}/`);
    expect(portal.status).toBe(404);
    expect(portal.headers.get("content-type")).toBe("application/json; charset=utf-8");
  } finally {
    child.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
}, 90_000);
