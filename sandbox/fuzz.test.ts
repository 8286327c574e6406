// Generative test: thousands of random and malformed requests against every mock, in a spec and a
// suite-profile namespace. No answer may be a 5xx (except the 503 of fault injection, which is off
// here), and every answer is JSON.
import { beforeAll, expect, test } from "vitest";
import { getContract } from "@/sandbox/runtime/contracts";
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

const WEIRD = [
  "",
  " ",
  "%00",
  "%ZZ",
  "..",
  "../../etc/passwd",
  "{id}",
  "%22quoted%22",
  "n0t-ex1st1ng",
  "1",
  "-1",
  "0",
  "9".repeat(40),
  "é",
  "%F0%9F%98%80",
  "null",
  "true",
  "[]",
  "{}",
  "a/b",
  "<script>",
  "' OR 1=1",
  "x".repeat(300),
];
const BODIES: unknown[] = [
  undefined,
  null,
  0,
  "text",
  [],
  {},
  [1, 2],
  { a: 1 },
  { write: null },
  { query: { content: "x" } },
  { requestTime: 5, request: [] },
  { context: 1, message: null },
  "{not json",
  { deep: { deeper: { deepest: [null, {}, [[]]] } } },
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
// FUZZ_ITERATIONS and FUZZ_SEED run it harder or differently (e.g. FUZZ_ITERATIONS=100000 FUZZ_SEED=7).
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 4000);
const SEED = Number(process.env.FUZZ_SEED ?? 20250314);
const HEADERS = [
  {},
  { "information-mediator-client": "eGovStack/GOV/90000001/portal" },
  { "x-govstack-client": "X-GovStack-Client" },
  { apikey: "k", requestuid: "u" },
  { "content-type": "application/json" },
  { "content-type": "application/x-www-form-urlencoded" },
  { "content-type": "multipart/form-data; boundary=x" },
];

test(
  "thousands of random requests never cause a 5xx",
  async () => {
    const rand = rng(SEED);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
    const templates: Array<{ bb: string; path: string; method: string }> = [];
    for (const bb of BB_IDS) for (const op of (await getContract(bb)).operations) templates.push({ bb, path: op.path, method: op.method });
    let count = 0;
    const failures: string[] = [];
    const deadline = Date.now() + 10 * ITERATIONS;
    while (count < ITERATIONS && Date.now() < deadline) {
      const t = pick(templates);
      const path = t.path.replace(/\{[^}]+\}/g, () => (rand() < 0.5 ? pick(WEIRD) : String(Math.floor(rand() * 1e6))));
      const method = rand() < 0.7 ? t.method : pick(METHODS);
      const suffix = rand() < 0.3 ? `?${pick(["a=1", "page=-5", "pageSize=abc", "qry=%7B", "status[]=x", "fields=", "type=raw", "%ZZ=1", "body=%7B%7D"])}` : "";
      const body = method === "GET" || method === "HEAD" ? undefined : pick(BODIES);
      const headers = { ...pick(HEADERS) } as Record<string, string>;
      const raw = typeof body === "string" ? body : undefined;
      const url = `/mock/ns/${rand() < 0.5 ? "fuzz" : "suite-fuzz"}/${t.bb}${rand() < 0.1 ? "/" + pick(WEIRD) : ""}${path}${suffix}`;
      let res;
      try {
        res = await call(method, url, raw !== undefined ? { raw, headers } : { body, headers });
      } catch (error) {
        failures.push(`${method} ${url} threw ${(error as Error).message}`);
        count++;
        continue;
      }
      if (res.status >= 500) failures.push(`${method} ${url} → ${res.status} ${res.text.slice(0, 200)}`);
      if (method !== "HEAD" && res.status !== 204 && !/^application\/(json|jwt); charset=utf-8$/.test(res.headers.get("content-type") ?? ""))
        failures.push(`${method} ${url} → content-type ${res.headers.get("content-type")}`);
      if (/\bat \S+ \(|node_modules/.test(res.text)) failures.push(`${method} ${url} leaked a stack trace`);
      count++;
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(count).toBeGreaterThan(ITERATIONS / 4);
  },
  20 * ITERATIONS + 10_000,
);

// Requests built from the contract's own examples, then mutated (members dropped or swapped for odd
// values), so that most of them pass validation and reach the handlers and their state.
type Example = { example?: unknown; examples?: Record<string, { value?: unknown }>; schema?: { example?: unknown; default?: unknown; enum?: unknown[] } };
type Param = Example & { name: string; in: string; required?: boolean };
const exampleOf = (x: Example | undefined): unknown =>
  x?.example ?? (x?.examples ? Object.values(x.examples)[0]?.value : undefined) ?? x?.schema?.example ?? x?.schema?.default ?? x?.schema?.enum?.[0];
const ODD: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  1e308,
  "",
  " ",
  "x".repeat(3000),
  [],
  {},
  [{}],
  true,
  "n0t-ex1st1ng",
  "<script>",
  "%ZZ",
  "2025-13-45T99:99:99Z",
  { a: { b: [1] } },
  "é😀",
  "9".repeat(30),
];

test(
  "mutated contract examples never cause a 5xx",
  async () => {
    const rand = rng(SEED + 1);
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
    const mutate = (v: unknown, depth = 0): unknown => {
      if (rand() < 0.15 || depth > 6) return pick(ODD);
      if (Array.isArray(v)) return v.map((x) => (rand() < 0.3 ? mutate(x, depth + 1) : x));
      if (v && typeof v === "object") {
        const copy: Record<string, unknown> = { ...v };
        for (const k of Object.keys(copy)) {
          const r = rand();
          if (r < 0.1) delete copy[k];
          else if (r < 0.35) copy[k] = mutate(copy[k], depth + 1);
        }
        return copy;
      }
      return rand() < 0.5 ? v : pick(ODD);
    };
    const ops = [];
    for (const bb of BB_IDS) for (const op of (await getContract(bb)).operations) ops.push({ bb, op });
    const failures: string[] = [];
    for (let count = 0; count < ITERATIONS; count++) {
      // Keep the namespaces below their record cap.
      if (count % 1500 === 0) for (const ns of ["examples", "suite-examples"]) await call("POST", `/mock/ns/${ns}/payments/__reset`);
      const { bb, op } = pick(ops);
      const params = (op.operation.parameters ?? []) as Param[];
      const mutating = rand() < 0.6;
      const odd = (v: unknown, p: number) => (mutating && rand() < p ? pick(ODD) : v);
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
        encodeURIComponent(String(odd(exampleOf(params.find((p) => p.in === "path" && p.name === name)) ?? "1", 0.2) ?? "")),
      );
      const query = new URLSearchParams();
      const headers: Record<string, string> = { "information-mediator-client": "eGovStack/GOV/90000001/portal", apikey: "k", requestuid: "u" };
      for (const p of params) {
        const v = odd(exampleOf(p), 0.15);
        if (v === undefined) continue;
        const text = typeof v === "object" ? JSON.stringify(v) : String(v);
        if (p.in === "query") query.append(p.name, text);
        if (p.in === "header" && /^[\x20-\x7e]*$/.test(text)) headers[p.name.toLowerCase()] = text;
      }
      const content = (op.operation.requestBody as { content?: Record<string, Example> } | undefined)?.content ?? {};
      const type = Object.keys(content)[0];
      const example = type ? exampleOf(content[type]) : undefined;
      const body = mutating && example !== undefined ? mutate(example) : example;
      const form =
        type?.includes("form") && body && typeof body === "object"
          ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]))
          : undefined;
      const url = `/mock/ns/${rand() < 0.5 ? "examples" : "suite-examples"}/${bb}${path}${query.size ? `?${query}` : ""}`;
      const res = await call(op.method, url, op.method === "GET" ? { headers } : form ? { form, headers } : { body, headers });
      if (res.status >= 500) failures.push(`${op.method} ${url} ${JSON.stringify(body)?.slice(0, 200)} → ${res.status} ${res.text.slice(0, 200)}`);
      if (/\bat \S+ \(|node_modules/.test(res.text)) failures.push(`${op.method} ${url} leaked a stack trace`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  },
  20 * ITERATIONS + 10_000,
);
