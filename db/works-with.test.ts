import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, expect, test, vi } from "vitest";
import { eq } from "drizzle-orm";

// The works-with grid on a temporary database with hand-written evidence rows.
vi.mock("server-only", () => ({}));
const dir = mkdtempSync(join(tmpdir(), "works-with-"));
process.env.DATABASE_PATH = join(dir, "test.db");

const { getDb } = await import("./client");
const { runMigrations } = await import("./migrate");
const { seedMarketplace } = await import("./seed/marketplace");
const { listings, useCaseEvidence } = await import("./schema");
const { bbsAlongside, worksWithGrid } = await import("./works-with");

runMigrations(getDb());
seedMarketplace(getDb());
afterAll(() => {
  getDb().$client.close();
  rmSync(dir, { recursive: true, force: true });
});

// A made-up use case: step 1 uses a and b, step 2 uses payments, registration and im, step 3 uses c.
const useCases = { uc1: [["a", "b"], ["payments", "registration", "im"], ["c"]], uc2: [["payments", "identity"]] };
const [first, second, third] = getDb().select().from(listings).orderBy(listings.name).limit(3).all();

let clock = 0;
function evidence(
  productId: string,
  bbId: string,
  useCaseId: string,
  status: "passed" | "failed",
  steps: number[],
  alongside?: { productId: string; bbId: string }[],
): string {
  const id = randomUUID();
  const createdAt = new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
  getDb()
    .insert(useCaseEvidence)
    .values({
      id,
      productId,
      bbId,
      useCaseId,
      status,
      steps: JSON.stringify(steps),
      trace: "[]",
      createdAt,
      alongside: alongside ? JSON.stringify(alongside) : null,
    })
    .run();
  return id;
}

test("the Building Blocks alongside are those sharing a step the product took part in, without its own", () => {
  expect(bbsAlongside(useCases.uc1, [2], "payments")).toEqual(["im", "registration"]);
  expect(bbsAlongside(useCases.uc1, [1, 3], "a")).toEqual(["b", "c"]);
  expect(bbsAlongside(useCases.uc1, [9], "a")).toEqual([]);
});

test("with no passed evidence the grid is empty", () => {
  evidence(first!.productId, "payments", "uc1", "failed", [2]);
  expect(worksWithGrid(useCases)).toEqual({ bbIds: [], rows: [], pairs: [] });
});

test("passed runs of listed products become rows; failed runs, unknown use cases and unlisted products do not", () => {
  const older = evidence(first!.productId, "payments", "uc1", "passed", [2]);
  const newer = evidence(first!.productId, "payments", "uc1", "passed", [2]);
  const other = evidence(first!.productId, "payments", "uc2", "passed", [1]);
  const played = evidence(second!.productId, "registration", "uc1", "passed", [2]);
  evidence(second!.productId, "a", "uc1", "failed", [1]);
  evidence(second!.productId, "payments", "no-such-use-case", "passed", [1]);
  // An unlisted product (its listing withdrawn) does not appear even with a passed run.
  evidence(third!.productId, "payments", "uc1", "passed", [2]);
  getDb().delete(listings).where(eq(listings.productId, third!.productId)).run();

  const grid = worksWithGrid(useCases);
  expect(grid.bbIds).toEqual(["identity", "im", "payments", "registration"]);
  expect(grid.rows.map((r) => r.productName)).toEqual([first!.name, second!.name].sort((a, b) => a.localeCompare(b)));
  const row1 = grid.rows.find((r) => r.productId === first!.productId)!;
  expect(row1.productSlug).toBe(first!.slug);
  // The newest pass per use case, newest use case first.
  expect(row1.cells.payments).toEqual([
    expect.objectContaining({ useCaseId: "uc2", evidenceId: other, played: true }),
    expect.objectContaining({ useCaseId: "uc1", evidenceId: newer, played: true }),
  ]);
  expect(row1.cells.registration).toEqual([expect.objectContaining({ useCaseId: "uc1", evidenceId: newer, played: false })]);
  expect(row1.cells.identity).toEqual([expect.objectContaining({ useCaseId: "uc2", evidenceId: other, played: false })]);
  expect(JSON.stringify(grid)).not.toContain(older);
  const row2 = grid.rows.find((r) => r.productId === second!.productId)!;
  expect(Object.keys(row2.cells).sort()).toEqual(["im", "payments", "registration"]);
  expect(row2.cells.registration).toEqual([expect.objectContaining({ evidenceId: played, played: true })]);
  expect(row2.cells.a).toBeUndefined();
});

test("products that answered in the same passed run form a pair, once per use case, both listed", () => {
  const [, , , fourth, fifth] = getDb().select().from(listings).orderBy(listings.name).limit(5).all();
  const a = first!.productId;
  const b = second!.productId;
  // Each run names the other; the pair keeps the newest run per use case. Another use case adds a run,
  // and the same products playing other BBs make another pair.
  evidence(a, "payments", "uc1", "passed", [2], [{ productId: b, bbId: "registration" }]);
  const ba = evidence(b, "registration", "uc1", "passed", [2], [{ productId: a, bbId: "payments" }]);
  const ab2 = evidence(a, "payments", "uc2", "passed", [1], [{ productId: b, bbId: "identity" }]);
  // Failed runs, unknown use cases and unlisted partners (the third listing was withdrawn above) make no pair.
  evidence(a, "payments", "uc1", "failed", [2], [{ productId: fourth!.productId, bbId: "registration" }]);
  evidence(a, "payments", "nope", "passed", [1], [{ productId: fourth!.productId, bbId: "registration" }]);
  evidence(a, "payments", "uc1", "passed", [2], [{ productId: third!.productId, bbId: "registration" }]);
  // A run with no partner adds none.
  evidence(fifth!.productId, "payments", "uc1", "passed", [2]);

  const { pairs } = worksWithGrid(useCases);
  expect(pairs).toHaveLength(2);
  const member = (productId: string, bbId: string) => expect.objectContaining({ productId, bbId });
  const withRegistration = pairs.find((p) => p.members.some((m) => m.bbId === "registration"))!;
  expect(withRegistration.members).toEqual(expect.arrayContaining([member(a, "payments"), member(b, "registration")]));
  expect(withRegistration.runs).toEqual([{ useCaseId: "uc1", evidenceId: ba }]);
  const withIdentity = pairs.find((p) => p.members.some((m) => m.bbId === "identity"))!;
  expect(withIdentity.members).toEqual(expect.arrayContaining([member(a, "payments"), member(b, "identity")]));
  expect(withIdentity.runs).toEqual([{ useCaseId: "uc2", evidenceId: ab2 }]);
  expect(withIdentity.members.find((m) => m.productId === b)!.productSlug).toBe(second!.slug);
  // Members are in name order, so a pair reads the same whichever run recorded it.
  for (const p of pairs) expect(p.members[0].productName.localeCompare(p.members[1].productName)).toBeLessThanOrEqual(0);
});
