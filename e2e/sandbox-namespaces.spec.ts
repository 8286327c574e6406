// Namespaces a stranger can create (issue #14): a visit stores nothing, the shared "default"
// namespace cannot be reset or given faults, and the API reference's "Send API request" runs in the
// visitor's own namespace.
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

/** Whether the server's database holds a row for a namespace (read-only, beside the running server). */
function namespaceStored(ns: string): boolean {
  const db = new Database(".e2e/portal.db", { readonly: true, fileMustExist: true });
  try {
    return (
      !!db.prepare("SELECT 1 FROM sandbox_namespaces WHERE name = ?").get(ns) || !!db.prepare("SELECT 1 FROM sandbox_records WHERE ns = ? LIMIT 1").get(ns)
    );
  } finally {
    db.close();
  }
}

test("a cookie-less visit to /sandbox gives a namespace name but stores nothing until it is used", async ({ page }) => {
  await page.goto("/sandbox");
  const ns = await page.locator("#ns-heading + p code").innerText();
  expect(ns).toMatch(/^v-[0-9a-f]{20}$/);
  await page.reload();
  await new Promise((resolve) => setTimeout(resolve, 100)); // past the 2 ms group commit
  expect(namespaceStored(ns)).toBe(false);
  // The first call stores the namespace (a row for its trace; the fixtures stay shared).
  const res = await page.request.get("/mock/workflow/processes");
  expect(res.status()).toBe(200);
  await expect.poll(() => namespaceStored(ns)).toBe(true);
});

test("reset and faults on the shared default namespace are refused with a message", async ({ request }) => {
  const reset = await request.post("/api/sandbox/reset?ns=default");
  expect(reset.status()).toBe(403);
  expect((await reset.json()).message).toMatch(/shared "default" namespace/);
  const faults = await request.put("/api/sandbox/faults?ns=default", { data: { down: ["payments"] } });
  expect(faults.status()).toBe(403);
  expect((await request.post("/mock/payments/__reset")).status()).toBe(403);
  expect((await request.get("/mock/workflow/processes")).status()).toBe(200);
});

test("a body over the limit gets a 413 with a message, not a 500", async ({ request }) => {
  const big = "x".repeat(2 * 1024 * 1024);
  const faults = await request.put("/api/sandbox/faults?ns=e2e-big-body", { data: big, headers: { "content-type": "application/json" } });
  expect(faults.status()).toBe(413);
  expect((await faults.json()).message).toMatch(/larger than this endpoint accepts/);
  const run = await request.post("/api/use-cases/cash-transfer/steps/1/run", { data: big, headers: { "content-type": "application/json" } });
  expect(run.status()).toBe(413);
});

test("the API reference's Send API request runs in the visitor's own namespace", async ({ page }) => {
  test.setTimeout(120_000); // Elements is a large client bundle: slow to start on a busy machine
  await page.goto("/building-blocks/workflow/api");
  const ns = (await page.context().cookies()).find((c) => c.name === "sandbox_ns")?.value;
  expect(ns).toMatch(/^v-[0-9a-f]{20}$/);
  const sidebar = page.locator(".app-elements");
  await sidebar.scrollIntoViewIfNeeded(); // Elements loads when its section comes into view
  await sidebar.getByText("Processes", { exact: true }).first().click(); // open the tag's group
  // The operation, by its path in the group's list (the introduction also mentions /processes).
  await sidebar
    .locator(".sl-break-all", { hasText: /^\/processes$/ })
    .first()
    .click();
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === `/mock/ns/${ns}/workflow/processes`);
  await page.getByRole("button", { name: /Send API Request/i }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
  // The call reached the visitor's namespace (without its cookie it would be in the shared "default" trace).
  const trace = await (await page.request.get(`/api/sandbox/trace?ns=${ns}`)).json();
  expect(trace.entries.map((e: { method: string; path: string }) => `${e.method} ${e.path}`)).toContain("GET /processes");
  await expectAccessible(page, { exclude: ".app-elements" });
});
