// The contributor form's receiver: limits before reading, the CV streamed to disk, nothing kept on error.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";
import { CV_MAX_BYTES } from "@/lib/involvement/options";
import { makePdf } from "@/lib/involvement/test-files/make";

vi.mock("server-only", () => ({}));

let uploads: string;
beforeAll(async () => {
  uploads = mkdtempSync(join(tmpdir(), "receive-"));
  process.env.UPLOAD_DIR = uploads;
  process.env.FORM_RATE_LIMIT = "3";
  await useTempDb();
});
beforeEach(async () => {
  const { getDb } = await import("@/db/client");
  getDb().$client.exec("DELETE FROM rate_limits");
});

const { receiveApplication } = await import("./receive-application");
const { listApplications } = await import("@/db/applications");

function application(lastName: string, cv: Uint8Array | null = makePdf()) {
  const data = new FormData();
  const fields = { firstName: "Ada", lastName, gender: "female", nationality: "Kenya", residence: "Kenya", email: "ada@example.org", motivation: "Specs" };
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  data.append("domains", "Payments");
  if (cv) data.append("cv", new File([cv as Uint8Array<ArrayBuffer>], "ada\u202Efdp.pdf", { type: "application/pdf" }));
  return new Request("http://portal.test/api/get-involved/applications", { method: "POST", body: data });
}
const stored = async (lastName: string) => (await listApplications({ role: "reviewer" })).filter((a) => a.lastName === lastName);

describe("receiveApplication", () => {
  test("stores a valid application with its CV, once, even when the same post is replayed", async () => {
    expect((await receiveApplication(application("Lovelace"), "10.0.0.1")).state.status).toBe("sent");
    expect((await receiveApplication(application("Lovelace"), "10.0.0.1")).state.status).toBe("sent");
    const rows = await stored("Lovelace");
    expect(rows).toHaveLength(1);
    // The direction override that made the name display as "adapdf.pdf" is stripped.
    expect(rows[0]).toMatchObject({ cvMime: "application/pdf", cvOriginalName: "adafdp.pdf" });
    expect(readdirSync(uploads).filter((n) => n.startsWith("incoming-"))).toEqual([]);
    expect(readdirSync(uploads)).toContain(rows[0]!.cvFile);
  });

  test("a CV over 50 MB gets the size message, keeps what was typed and leaves nothing on disk", async () => {
    const big = Buffer.alloc(CV_MAX_BYTES + 1024 * 1024, 0x20);
    makePdf().copy(big);
    const { state, status } = await receiveApplication(application("Big", big), "10.0.0.2");
    expect(status).toBe(413);
    expect(state.errors).toEqual({ cv: "The CV must be smaller than 50 MB" });
    expect(state.values).toMatchObject({ lastName: "Big", domains: ["Payments"] });
    expect(await stored("Big")).toHaveLength(0);
    expect(readdirSync(uploads).filter((n) => n.startsWith("incoming-"))).toEqual([]);
  });

  test("a file that is not a CV, or no file, is refused by field", async () => {
    const exe = await receiveApplication(application("Exe", Buffer.from("MZ not a cv")), "10.0.0.3");
    expect(exe.state.errors.cv).toBe("The CV must be a PDF, DOC or DOCX file");
    const none = await receiveApplication(application("None", null), "10.0.0.3");
    expect(none.state).toMatchObject({ errors: { cv: "Select your CV" } });
    expect(readdirSync(uploads).filter((n) => n.startsWith("incoming-"))).toEqual([]);
  });

  test("over the sender's limit, the answer comes before a byte of the body is read", async () => {
    for (let i = 0; i < 3; i++) await receiveApplication(application(`Limit${i}`), "10.0.0.4");
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request("http://portal.test/", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const { state, status } = await receiveApplication(request, "10.0.0.4");
    expect(status).toBe(429);
    expect(state.message).toMatch(/^Too many forms have been sent from here/);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-fill one chunk; none was consumed by the receiver
    // Another sender is not affected.
    expect((await receiveApplication(application("Other"), "10.0.0.5")).state.status).toBe("sent");
  });
});
