import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBuildingBlock } from "./building-blocks";
import { assessedVersion, assessmentAge, compareVersions, diffVersions, isEmptyDiff, publishedVersions, readVersion, type VersionContent } from "./versions";
import type { Requirement } from "./schema";

const req = (id: string, level: Requirement["level"], text = `Requirement ${id} says something.`): Requirement => ({ id, level, section: "functional", text, tags: [] });
const api = (paths: Record<string, Record<string, unknown>>, schemas: Record<string, unknown> = {}) => ({ openapi: "3.0.3", paths, components: { schemas } });

describe("diffVersions", () => {
  const from: VersionContent = {
    version: "1.0.0",
    requirements: [req("X-FN-01", "REQUIRED"), req("X-FN-02", "RECOMMENDED"), req("X-FN-03", "OPTIONAL")],
    openapi: api(
      {
        "/a": { get: { summary: "Read a", responses: { "200": { description: "ok" } } } },
        "/b": { post: { summary: "Make b", responses: { "201": { description: "made" } } } },
      },
      { A: { type: "object" }, Gone: { type: "string" } },
    ),
  };
  const to: VersionContent = {
    version: "1.1.0",
    requirements: [req("X-FN-01", "REQUIRED", "Reworded requirement one."), req("X-FN-02", "REQUIRED"), req("X-FN-04", "REQUIRED")],
    openapi: api(
      {
        "/a": { get: { summary: "Read a", responses: { "200": { description: "ok" }, "404": { description: "missing" } } } },
        "/c": { delete: { summary: "Drop c", responses: { "204": { description: "gone" } } } },
      },
      { A: { type: "object", required: ["id"] }, New: { type: "string" } },
    ),
  };
  const diff = diffVersions(from, to);

  it("lists requirements added, removed, and changed in level or text", () => {
    expect(diff.requirements.added.map((r) => r.id)).toEqual(["X-FN-04"]);
    expect(diff.requirements.removed.map((r) => r.id)).toEqual(["X-FN-03"]);
    expect(diff.requirements.sourced).toEqual([]);
    expect(diff.requirements.changed.map((c) => [c.id, c.fields])).toEqual([
      ["X-FN-01", ["text"]],
      ["X-FN-02", ["level"]],
    ]);
  });

  it("lists operations added, removed and changed, and shared schemas", () => {
    expect(diff.operations.added).toEqual([{ method: "DELETE", path: "/c", summary: "Drop c" }]);
    expect(diff.operations.removed).toEqual([{ method: "POST", path: "/b", summary: "Make b" }]);
    expect(diff.operations.changed).toEqual([{ method: "GET", path: "/a", summary: "Read a", aspects: ["responses added: 404"] }]);
    expect(diff.schemas).toEqual({ added: ["New"], removed: ["Gone"], changed: ["A"] });
  });

  it("keeps requirements whose only change is a new source apart from real changes", () => {
    const plain = req("X-FN-09", "REQUIRED");
    const sourced = { ...plain, source: { govstack: "1.0", section: "6.1 #1" } };
    const d = diffVersions({ version: "1.0.0", requirements: [plain], openapi: undefined }, { version: "2.0.0", requirements: [sourced], openapi: undefined });
    expect(d.requirements.sourced).toEqual(["X-FN-09"]);
    expect(d.requirements.changed).toEqual([]);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it("is empty between a version and itself", () => {
    expect(isEmptyDiff(diffVersions(from, from))).toBe(true);
    expect(isEmptyDiff(diff)).toBe(false);
  });
});

describe("assessedVersion", () => {
  const versions = [
    { version: "1.2.0", requirementIds: new Set(["A", "B", "C", "D"]) },
    { version: "1.1.0", requirementIds: new Set(["A", "B", "C"]) },
    { version: "1.0.0", requirementIds: new Set(["A", "B"]) },
  ];
  it("is the newest version whose added requirements the assessment answers", () => {
    expect(assessedVersion(versions, new Set(["A", "D"]))).toBe("1.2.0");
    expect(assessedVersion(versions, new Set(["A", "B", "C"]))).toBe("1.1.0");
    expect(assessedVersion(versions, new Set(["B"]))).toBe("1.0.0");
  });
  it("cannot tell apart a version that added nothing from the one before, and keeps the newer", () => {
    const same = [{ version: "2.0.0", requirementIds: new Set(["A"]) }, { version: "1.0.0", requirementIds: new Set(["A"]) }];
    expect(assessedVersion(same, new Set(["A"]))).toBe("2.0.0");
  });
});

describe("published versions on disk", () => {
  it("orders versions numerically and offers only those with a snapshot", () => {
    expect(compareVersions("1.10.0", "1.9.0")).toBeGreaterThan(0);
    const root = mkdtempSync(join(tmpdir(), "versions-"));
    cpSync(join(__dirname, "fixtures", "versions", "building-blocks"), root, { recursive: true });
    const bb = readBuildingBlock(root, "ver-bb");
    expect(publishedVersions(bb, root).map((v) => [v.version, v.current])).toEqual([
      ["1.1.0", true],
      ["1.0.0", false],
    ]);
    const old = readVersion(bb, "1.0.0", root);
    expect(old?.requirements.map((r) => r.id)).toEqual(["VER-FN-01"]);
    expect(readVersion(bb, "0.9.0", root)).toBeUndefined();
    const age = assessmentAge(bb, new Set(["VER-FN-01"]), root);
    expect(age && { assessed: age.assessed, current: age.current, added: age.added.map((r) => r.id), changed: age.changed.map((c) => [c.id, c.fields]) }).toEqual({
      assessed: "1.0.0",
      current: "1.1.0",
      added: ["VER-FN-02"],
      changed: [["VER-FN-01", ["level", "source"]]],
    });
    expect(assessmentAge(bb, new Set(["VER-FN-01", "VER-FN-02"]), root)).toBeUndefined();
    writeFileSync(join(root, "ver-bb", "versions", "1.0.0", "requirements.yaml"), "- id: nope\n");
    expect(() => readVersion(bb, "1.0.0", root)).toThrow(/versions\/1\.0\.0\/requirements\.yaml/);
  });
});
