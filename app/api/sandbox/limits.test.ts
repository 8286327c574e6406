// Bodies and live streams a stranger can send to or hold open on the sandbox's routes (issue #14):
// bodies are cut off at their limit while they stream in, and trace streams are capped.
import { beforeAll, expect, test } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

beforeAll(async () => {
  await useTempDb();
}, 120_000);

/** A body that would never end: counts how many 64 KB chunks the server pulled before it stopped. */
function endlessBody() {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled++;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

const streamingRequest = (url: string, method: string, stream: ReadableStream<Uint8Array>, type = "application/json") =>
  new Request(url, { method, body: stream, headers: { "content-type": type }, duplex: "half" } as RequestInit);

test("PUT /api/sandbox/faults stops reading an endless body at its limit and answers 413 with a message", async () => {
  const { PUT } = await import("./faults/route");
  const { stream, counter } = endlessBody();
  const res = await PUT(streamingRequest("http://localhost/api/sandbox/faults?ns=body-limit", "PUT", stream));
  expect(res.status).toBe(413);
  expect(await res.json()).toMatchObject({ error: "too_large", message: expect.stringMatching(/larger than this endpoint accepts \(16 KB\)/) });
  expect(counter.pulled).toBeLessThan(5); // cut off after the first chunk past 16 KB, not read to the end
});

test("a declared Content-Length over the limit is refused before reading; the page's form post is limited too", async () => {
  const { POST, PUT } = await import("./faults/route");
  const declared = await PUT(
    new Request("http://localhost/api/sandbox/faults?ns=body-limit", { method: "PUT", body: "{}", headers: { "content-length": String(300 * 1024 * 1024) } }),
  );
  expect(declared.status).toBe(413);
  const { stream, counter } = endlessBody();
  const form = await POST(streamingRequest("http://localhost/api/sandbox/faults?ns=body-limit", "POST", stream, "application/x-www-form-urlencoded"));
  expect(form.status).toBe(413);
  expect(counter.pulled).toBeLessThan(5);
  // A normal-sized form still works.
  const ok = await POST(
    new Request("http://localhost/api/sandbox/faults?ns=body-limit", {
      method: "POST",
      body: "down-payments=on",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    }),
  );
  expect(ok.status).toBe(303);
});

test("POST /api/use-cases/<id>/steps/<n>/run answers 413 for an endless body", async () => {
  const { POST } = await import("../use-cases/[id]/steps/[n]/run/route");
  const { stream, counter } = endlessBody();
  const res = await POST(streamingRequest("http://localhost/api/use-cases/cash-transfer/steps/1/run", "POST", stream), {
    params: Promise.resolve({ id: "cash-transfer", n: "1" }),
  });
  expect(res.status).toBe(413);
  expect(await res.json()).toMatchObject({ error: "too_large" });
  expect(counter.pulled).toBeLessThan(5);
});

test("live trace streams are capped per client and in total; a closed stream frees its slot", async () => {
  const { GET } = await import("./trace/stream/route");
  const { TRACE_STREAM_LIMITS } = await import("@/sandbox/trace");
  const saved = { ...TRACE_STREAM_LIMITS };
  TRACE_STREAM_LIMITS.perClient = 2;
  TRACE_STREAM_LIMITS.total = 3;
  const open: AbortController[] = [];
  const connect = async (client: string) => {
    const abort = new AbortController();
    const res = await GET(
      new Request("http://localhost/api/sandbox/trace/stream?ns=streams", { signal: abort.signal, headers: { "x-portal-client-address": client } }),
    );
    if (res.status === 200) open.push(abort);
    return res;
  };
  try {
    expect((await connect("10.1.0.1")).status).toBe(200);
    expect((await connect("10.1.0.1")).status).toBe(200);
    const perClient = await connect("10.1.0.1");
    expect(perClient.status).toBe(429);
    expect(await perClient.json()).toMatchObject({ error: "too_many_requests", message: expect.stringMatching(/already has 2 live trace streams/) });
    expect((await connect("10.1.0.2")).status).toBe(200);
    const total = await connect("10.1.0.3");
    expect(total.status).toBe(429);
    expect(await total.json()).toMatchObject({ message: expect.stringMatching(/maximum of 3 live trace streams/) });
    open.shift()!.abort(); // one of 10.1.0.1's streams ends
    expect((await connect("10.1.0.3")).status).toBe(200);
  } finally {
    for (const a of open) a.abort();
    Object.assign(TRACE_STREAM_LIMITS, saved);
  }
});
