// Issue 16: Market Linkage makes a real trade through the e-Marketplace's quotation, order, inventory and
// fulfilment operations, all through the Information Mediator; the stock and order state follow the story.
import { beforeAll, expect, test } from "vitest";
import { getUseCases } from "@/lib/content/use-cases";
import { call, useTempDb, warmContracts } from "../../test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

const uc = getUseCases().find((u) => u.id === "market-linkage")!;
const step = (id: string) => uc.steps.find((s) => s.id === id)!;
const get = async (ns: string, path: string) =>
  (await call("GET", `/mock/ns/${ns}/e-marketplace${path}`)).body as Record<string, unknown> & Array<Record<string, unknown>>;
const stock = async (ns: string, itemId: string) =>
  (await get(ns, `/inventory/checkAvailability/Item/${itemId}`)).quantity as { available: { count: number }; selected: { count: number } };

test("a whole trade: stock listed, quoted, held by the paid order, delivered and taken off the stock", async () => {
  const { runStep, exampleInput } = await import("../run");
  const ns = "t-trade";
  const results: Record<string, Awaited<ReturnType<typeof runStep>>> = {};
  for (const s of uc.steps) {
    results[s.id] = await runStep(ns, uc, s, exampleInput(s));
    expect(results[s.id]!.outcome.status, `${s.id}: ${results[s.id]!.outcome.summary}`).toBe("ok");
    if (s.id === "checkout-escrow") {
      const itemId = results["list-produce"]!.outcome.records!.itemId!;
      expect(await stock(ns, itemId)).toMatchObject({ available: { count: 0 }, selected: { count: 500 } });
      const [order] = await get(ns, "/orders/ORD-2026-0612");
      expect(order).toMatchObject({ status: "ACTIVE", quote: { price: { value: "8000.00" } }, payments: [{ status: "PAID" }] });
      expect((order!.fulfillments as Array<{ agent?: { person?: { name?: string } } }>)[0]!.agent?.person?.name).toBe("Raghu Patil");
    }
  }
  const itemId = results["list-produce"]!.outcome.records!.itemId!;
  expect(results["list-produce"]!.outcome.records!.inStock).toBe("500");
  expect(results["negotiate"]!.outcome.records!.quotationTotal).toBe("8000");
  expect(results["checkout-escrow"]!.outcome.summary).toContain("8000 is held in escrow for order ORD-2026-0612");
  // Every e-Marketplace call went through the IM, as an application or a Building Block.
  for (const r of Object.values(results)) for (const t of r.trace.filter((e) => e.provider === "e-marketplace")) expect(t.via).toBe("im");
  const [order] = await get(ns, "/orders/ORD-2026-0612");
  expect(order).toMatchObject({ status: "COMPLETE" });
  expect((await get(ns, "/fulfillments/FUL-ORD-2026-0612")).state).toMatchObject({ descriptor: { code: "Delivered" } });
  expect(await stock(ns, itemId)).toMatchObject({ available: { count: 0 }, selected: { count: 0 } });
  expect(results["resolve-complaint"]!.outcome.summary).toContain("delivered and paid");
});

test("a refused payment leaves no order and no hold; a replay trades a fresh lot under a new order number", async () => {
  const { runStep, exampleInput } = await import("../run");
  const ns = "t-trade-2";
  for (const s of uc.steps.slice(0, 6)) await runStep(ns, uc, s, exampleInput(s));
  const checkout = step("checkout-escrow");
  const poor = await runStep(
    ns,
    uc,
    checkout,
    exampleInput(checkout),
    uc.unhappyPaths.find((u) => u.fault === "insufficient-funds"),
  );
  expect(poor.outcome.status).toBe("unhappy");
  expect(poor.calls.some((c) => c.method === "POST" && c.path === "/orders")).toBe(false);
  expect((await call("GET", `/mock/ns/${ns}/e-marketplace/orders/ORD-2026-0612`)).status).toBe(404);
  for (const id of ["checkout-escrow", "deliver-release", "checkout-escrow"]) {
    const run = await runStep(ns, uc, step(id), exampleInput(step(id)));
    expect(run.outcome.status, `${id}: ${run.outcome.summary}`).toBe("ok");
  }
  const [again] = await get(ns, "/orders/ORD-2026-0612-2");
  expect(again).toMatchObject({ status: "ACTIVE" });
});
