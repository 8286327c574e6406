import { describe, expect, it } from "vitest";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { STACK_LAYERS } from "./stack-layers";

describe("the home page stack diagram", () => {
  const content = new Map(getBuildingBlocks().map((bb) => [bb.id, bb]));

  it("links only to Building Blocks that exist, in the layer the content gives them", () => {
    for (const band of STACK_LAYERS) {
      for (const block of band.blocks) {
        expect(content.get(block.id)?.layer, `${block.id} in ${band.layer}`).toBe(band.layer);
      }
    }
  });

  it("draws every layer once and every published Building Block (not the cross-cutting specs without an API of their own)", () => {
    expect(STACK_LAYERS.map((band) => band.layer).sort()).toEqual(["common-application", "foundational", "infrastructure", "mediation"]);
    const drawn = new Set(STACK_LAYERS.flatMap((band) => band.blocks.map((block) => block.id)));
    const published = [...content.values()].filter((bb) => bb.status === "published" && !bb.noApi).map((bb) => bb.id);
    expect(published.filter((id) => !drawn.has(id))).toEqual([]);
  });
});
