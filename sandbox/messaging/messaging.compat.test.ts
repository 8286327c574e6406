// Compatibility profile of the Messaging mock (govstack-apis.md §4.7): what GovStack's Messaging API
// suite needs, pinned with our own requests, next to the specification's own spellings.
import { describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox();

const BASE = "/mock/ns/suite-messaging-test/messaging";
const JSON_CT = "application/json; charset=utf-8";
const KEY = { api_key: "abcdef12345" };

const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64");

const sender = { organisationName: "District Health Office", email: "outreach@dho.example.org", name: "Outreach desk" };
const content = { encoding: "UTF-8", title: "Vaccination day", content: "The mobile clinic visits on Friday." };
const single = {
  callback: { URI: "https://dho.example.org/hooks/mail" },
  senderInfo: sender,
  recipientInfo: { email: "amani@example.org", emailCC: "neema@example.org", name: "Amani" },
  emailContent: content,
};
// A JSON recipient list, the form GovStack's suite encodes into batchEmailAsBase64.
const jsonList = [{ recipientInfo: { email: "baraka@example.org", emailCC: "zuri@example.org" } }, { recipientInfo: { email: "imani@example.org" } }];
const batch = { ...single, recipientInfo: { batchEmailAsBase64: b64(jsonList) } };

async function send(kind: "single" | "batch", body: unknown, headers: Record<string, string> = KEY) {
  return call("POST", `${BASE}/send/email/${kind}`, { headers, body });
}

async function uidOf(kind: "single" | "batch", body: unknown): Promise<string> {
  const res = await send(kind, body);
  expect(res.status).toBe(200);
  const uid = (res.body as { requestUID?: string }).requestUID;
  expect(typeof uid).toBe("string");
  return uid as string;
}

function expect405(res: { status: number; headers: Headers; body: unknown }, allow?: string) {
  expect(res.status).toBe(405);
  expect(res.headers.get("content-type")).toBe(JSON_CT);
  expect(res.body).toMatchObject({ response: "Invalid input" });
  if (allow) expect(res.headers.get("allow")).toBe(allow);
}

test("answers under GovStack's declared base path /v1 as well as without it", async () => {
  const res = await call("POST", `${BASE}/v1/send/email/single`, { headers: KEY, body: single });
  expect(res.status).toBe(200);
  const uid = (res.body as { requestUID: string }).requestUID;
  const status = await call("GET", `${BASE}/v1/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } });
  expect(status.status).toBe(200);
  expect((await call("GET", `${BASE}/v1/nothing`, { headers: KEY })).status).toBe(404);
});

describe("send single", () => {
  test("a JSON body with the api_key header is accepted and answers both requestUID and requestUid", async () => {
    const res = await send("single", single);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(JSON_CT);
    const body = res.body as { response: unknown; requestUID: string; requestUid: string };
    expect(typeof body.response).toBe("string");
    expect(body.requestUID.length).toBeGreaterThan(0);
    expect(body.requestUid).toBe(body.requestUID);
  });
  test("GET, DELETE and PUT are 405 with Allow: POST", async () => {
    expect405(await call("GET", `${BASE}/send/email/single`, { headers: KEY }), "POST");
    expect405(await call("DELETE", `${BASE}/send/email/single`, { headers: KEY, body: single }), "POST");
    expect405(await call("PUT", `${BASE}/send/email/single`, { headers: KEY, body: single }), "POST");
  });
  test("a missing key, a missing body, or both, are 405", async () => {
    const noKey = await send("single", single, {});
    expect405(noKey);
    expect((noKey.body as { message: string }).message).toMatch(/api_?key/i);
    const noBody = await call("POST", `${BASE}/send/email/single`, { headers: KEY });
    expect405(noBody);
    expect((noBody.body as { message: string }).message).toMatch(/body/i);
    expect405(await call("POST", `${BASE}/send/email/single`));
  });
});

describe("send batch", () => {
  test("a base64 JSON recipient list is accepted; every address in it is counted", async () => {
    const res = await send("batch", batch, { api_key: "xyz0987" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(JSON_CT);
    const uid = (res.body as { requestUID: string }).requestUID;
    const status = await call("GET", `${BASE}/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } });
    expect(status.body).toEqual({ delivered: 3 });
  });
  test("a text recipient list counts each well-formed address once", async () => {
    const list = "ann@example.org,Ann;noDot@example,Nobody;@example.org,Nobody;cy@example.io,Cy";
    const uid = await uidOf("batch", { ...single, recipientInfo: { batchEmailAsBase64: b64(list) } });
    const status = await call("GET", `${BASE}/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } });
    expect(status.body).toEqual({ delivered: 2 });
  });
  // A backtracking address regex took hours on this input (seconds already at 3,000 '@'): the test's timeout catches a relapse.
  test("a list of tens of thousands of '@' near the body cap is answered", async () => {
    const res = await send("batch", { ...single, recipientInfo: { batchEmailAsBase64: b64("@".repeat(45_000)) } });
    expect(res.status).toBe(200);
  }, 60_000);
  test("GET, DELETE and PUT are 405 with Allow: POST", async () => {
    expect405(await call("GET", `${BASE}/send/email/batch`, { headers: { api_key: "xyz12345" } }), "POST");
    expect405(await call("DELETE", `${BASE}/send/email/batch`, { headers: { api_key: "xyz12345" }, body: batch }), "POST");
    expect405(await call("PUT", `${BASE}/send/email/batch`, { headers: { api_key: "xyz12345" }, body: batch }), "POST");
  });
});

describe("one body for both sends", () => {
  // The suite reuses one request object: a batch send may carry a single recipient, and once the batch
  // step has rewritten it, a single send carries a recipient list.
  test("a batch send with a single recipient is a batch of one", async () => {
    const uid = await uidOf("batch", single);
    const status = await call("GET", `${BASE}/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } });
    expect(status.body).toEqual({ delivered: 2 });
  });
  test("a single send with a recipient list reaches the listed addresses", async () => {
    const uid = await uidOf("single", batch);
    const status = await call("GET", `${BASE}/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } });
    expect(status.body).toEqual({ delivered: 3 });
  });
  test("recipientInfo with neither an email nor a list is still refused, naming the field", async () => {
    const res = await send("single", { ...single, recipientInfo: { name: "Nobody" } });
    expect405(res);
    expect((res.body as { message: string }).message).toContain("recipientInfo");
  });
});

describe("callback", () => {
  const payload = { meta: "reply", content: b64("I will come on Friday.") };
  test("POST {meta, content} with api_key and requestUID is 200 JSON, after a single or a batch send", async () => {
    for (const [kind, body] of [
      ["single", single],
      ["batch", batch],
    ] as const) {
      const uid = await uidOf(kind, body);
      const res = await call("POST", `${BASE}/callback/email`, { headers: { ...KEY, requestUID: uid }, body: payload });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_CT);
    }
  });
  test("GET and PUT are 405 with Allow: POST and the JSON content type", async () => {
    const uid = await uidOf("single", single);
    expect405(await call("GET", `${BASE}/callback/email`, { headers: { ...KEY, requestUID: uid } }), "POST");
    expect405(await call("PUT", `${BASE}/callback/email`, { headers: { ...KEY, requestUID: uid }, body: payload }), "POST");
  });
  test("a missing api_key, requestUID or payload is 405 with the JSON content type", async () => {
    const uid = await uidOf("single", single);
    expect405(await call("POST", `${BASE}/callback/email`, { headers: { requestUID: uid }, body: payload }));
    const noUid = await call("POST", `${BASE}/callback/email`, { headers: KEY, body: payload });
    expect405(noUid);
    expect((noUid.body as { message: string }).message).toMatch(/requestUi?d/i);
    expect405(await call("POST", `${BASE}/callback/email`, { headers: { ...KEY, requestUID: uid } }));
  });
});

describe("status", () => {
  test("repeated status[] values are echoed exactly as keys, with numbers, spaces and underscores kept", async () => {
    const uid = await uidOf("single", single);
    const all = ["scheduled", "processing", "deferred", "bounced", "not sent", "delivered"];
    const qs = all.map((s) => `status[]=${encodeURIComponent(s)}`).join("&");
    const res = await call("GET", `${BASE}/status/email?${qs}`, { headers: { ...KEY, requestUID: uid } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(JSON_CT);
    expect(res.body).toEqual({ scheduled: 0, processing: 0, deferred: 0, bounced: 0, "not sent": 0, delivered: 2 });
    const underscored = await call("GET", `${BASE}/status/email?status[]=not_sent&status[]=bounced`, { headers: { ...KEY, requestUID: uid } });
    expect(Object.keys(underscored.body as object).sort()).toEqual(["bounced", "not_sent"]);
    const one = await call("GET", `${BASE}/status/email?status[]=scheduled`, { headers: { ...KEY, requestUID: uid } });
    expect(one.body).toEqual({ scheduled: 0 });
  });
  test("POST and PUT are 405 with Allow: GET, after a single or a batch send", async () => {
    for (const [kind, body] of [
      ["single", single],
      ["batch", batch],
    ] as const) {
      const uid = await uidOf(kind, body);
      expect405(await call("POST", `${BASE}/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } }), "GET");
      expect405(await call("PUT", `${BASE}/status/email?status[]=delivered`, { headers: { ...KEY, requestUID: uid } }), "GET");
    }
  });
  test("a missing api_key, requestUID, status, or all three, is 405", async () => {
    const uid = await uidOf("single", single);
    expect405(await call("GET", `${BASE}/status/email?status[]=delivered`, { headers: { requestUID: uid } }));
    expect405(await call("GET", `${BASE}/status/email?status[]=delivered`, { headers: KEY }));
    const noStatus = await call("GET", `${BASE}/status/email`, { headers: { ...KEY, requestUID: uid } });
    expect405(noStatus);
    expect((noStatus.body as { message: string }).message).toMatch(/status/);
    expect405(await call("GET", `${BASE}/status/email`));
  });
});

describe("specification spellings still work", () => {
  test("apiKey and requestUid headers, the body query parameter and status=notSent", async () => {
    const spec = "/mock/ns/messaging-spec-test/messaging";
    const sent = await call(
      "POST",
      `${spec}/send/email/single?body=${encodeURIComponent(JSON.stringify({ ...single, recipientInfo: { email: "kito@off.example.org" } }))}`,
      { headers: { apiKey: "k1" } },
    );
    expect(sent.status).toBe(200);
    const uid = (sent.body as { requestUid: string }).requestUid;
    const status = await call("GET", `${spec}/status/email?status=notSent&status=delivered`, { headers: { apiKey: "k1", requestUid: uid } });
    expect(status.body).toEqual({ notSent: 1, delivered: 0 });
    const bad = await call("GET", `${spec}/status/email?status=lost`, { headers: { apiKey: "k1", requestUid: uid } });
    expect405(bad);
    expect((bad.body as { message: string }).message).toContain("status");
  });
});
