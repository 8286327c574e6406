// Generative test: thousands of random and malformed requests against every mock. No answer may
// be a 5xx (except the 503 of fault injection, which is off here), and every answer is JSON.
import { beforeAll, expect, test } from "vitest";
import { getContract } from "./runtime/contracts";
import { call, useTempDb, warmContracts } from "./test-helpers";
import { BB_IDS } from "./types";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

// Small deterministic PRNG so a failure can be replayed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WEIRD = ["", " ", "%00", "%ZZ", "..", "../../etc/passwd", "{id}", "%22quoted%22", "n0t-ex1st1ng", "1", "-1", "0", "9".repeat(40), "é", "%F0%9F%98%80", "null", "true", "[]", "{}", "a/b", "<script>", "' OR 1=1", "x".repeat(300)];
const BODIES: unknown[] = [undefined, null, 0, "text", [], {}, [1, 2], { a: 1 }, { write: null }, { query: { content: "x" } }, { requestTime: 5, request: [] }, { context: 1, message: null }, "{not json", { deep: { deeper: { deepest: [null, {}, [[]]] } } }];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const HEADERS = [{}, { "information-mediator-client": "eGovStack/GOV/90000001/portal" }, { "x-govstack-client": "X-GovStack-Client" }, { apikey: "k", requestuid: "u" }, { "content-type": "application/json" }, { "content-type": "application/x-www-form-urlencoded" }, { "content-type": "multipart/form-data; boundary=x" }];

test("thousands of random requests never cause a 5xx", async () => {
  const rand = rng(20250314);
  const pick = <T,>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const templates: Array<{ bb: string; path: string; method: string }> = [];
  for (const bb of BB_IDS) for (const op of (await getContract(bb)).operations) templates.push({ bb, path: op.path, method: op.method });
  let count = 0;
  const failures: string[] = [];
  const deadline = Date.now() + 40_000;
  while (count < 4000 && Date.now() < deadline) {
    const t = pick(templates);
    const path = t.path.replace(/\{[^}]+\}/g, () => (rand() < 0.5 ? pick(WEIRD) : String(Math.floor(rand() * 1e6))));
    const method = rand() < 0.7 ? t.method : pick(METHODS);
    const suffix = rand() < 0.3 ? `?${pick(["a=1", "page=-5", "pageSize=abc", "qry=%7B", "status[]=x", "fields=", "type=raw", "%ZZ=1", "body=%7B%7D"])}` : "";
    const body = method === "GET" || method === "HEAD" ? undefined : pick(BODIES);
    const headers = { ...pick(HEADERS) } as Record<string, string>;
    const raw = typeof body === "string" ? body : undefined;
    const url = `/mock/ns/fuzz/${t.bb}${rand() < 0.1 ? "/" + pick(WEIRD) : ""}${path}${suffix}`;
    let res;
    try {
      res = await call(method, url, raw !== undefined ? { raw, headers } : { body, headers });
    } catch (error) {
      failures.push(`${method} ${url} threw ${(error as Error).message}`);
      count++;
      continue;
    }
    if (res.status >= 500) failures.push(`${method} ${url} → ${res.status} ${res.text.slice(0, 200)}`);
    if (method !== "HEAD" && res.status !== 204 && !/^application\/(json|jwt); charset=utf-8$/.test(res.headers.get("content-type") ?? "")) failures.push(`${method} ${url} → content-type ${res.headers.get("content-type")}`);
    if (/\bat \S+ \(|node_modules/.test(res.text)) failures.push(`${method} ${url} leaked a stack trace`);
    count++;
  }
  expect(failures.slice(0, 10)).toEqual([]);
  expect(count).toBeGreaterThan(1000);
}, 90_000);
