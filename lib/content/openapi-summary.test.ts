import { describe, expect, it } from "vitest";
import { readOpenApi } from "./building-blocks";
import { countOperations, summariseOperations } from "./openapi-summary";

describe("summariseOperations", () => {
  it("groups by first tag in declaration order and marks deprecated operations", () => {
    const groups = summariseOperations({
      tags: [{ name: "B", description: "Bees" }, { name: "A" }, { name: "Unused" }],
      paths: {
        "/a": { get: { tags: ["A"], summary: "List a" }, post: { tags: ["B", "A"], description: "Make\nmore", deprecated: true } },
        "/c": { delete: { operationId: "dropC" }, parameters: [] },
      },
    });
    expect(groups).toEqual([
      { tag: "B", description: "Bees", operations: [{ method: "POST", path: "/a", summary: "Make", operationId: undefined, deprecated: true }] },
      { tag: "A", description: undefined, operations: [{ method: "GET", path: "/a", summary: "List a", operationId: undefined, deprecated: false }] },
      { tag: "Other", operations: [{ method: "DELETE", path: "/c", summary: "", operationId: "dropC", deprecated: false }] },
    ]);
  });

  it("lists every operation of a real contract once", () => {
    const doc = readOpenApi("payments") as { paths: Record<string, Record<string, unknown>> };
    const expected = Object.values(doc.paths).flatMap((item) => Object.keys(item).filter((k) => k !== "parameters" && k !== "summary" && k !== "description")).length;
    const groups = summariseOperations(doc);
    expect(countOperations(groups)).toBe(expected);
    expect(groups.find((g) => g.tag === "Compatibility")?.operations.every((op) => op.deprecated)).toBe(true);
  });
});
