// e-Marketplace seller-side operations (GovStack's order, inventory, fulfilment and quotation management): the same
// paths and shapes, and the state a real trade needs, from a quotation to a delivered order.
import { describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox(["e-marketplace"]);

const BASE = "/mock/ns/emkt-mgmt-test/e-marketplace";
const line = (id: string, count: number) => ({ id, quantity: { selected: { count } } });
const delivery = { type: "Delivery", stops: [{ type: "end", location: { address: "Stall 12, Central Market" } }] };
type Order = {
  id: string;
  status: string;
  quote: { price: { value: string }; breakup: unknown[] };
  fulfillments?: Array<{ id: string; agent?: unknown }>;
  payments?: unknown[];
  billing?: unknown;
};
const first = (res: { body: unknown }) => (res.body as Order[])[0]!;
const available = async (id: string, ns = BASE) =>
  ((await call("GET", `${ns}/inventory/checkAvailability/Item/${id}`)).body as { quantity: { available: { count: number }; selected: { count: number } } })
    .quantity;

describe("quotations", () => {
  test("a quotation prices every line from the catalogue and totals it", async () => {
    const res = await call("POST", `${BASE}/quotation`, { body: { items: [line("item-maize-50kg", 4), line("item-beans-25kg", 1)] } });
    expect(res.status).toBe(200);
    const { quote } = res.body as Order;
    expect(quote.price).toEqual({ currency: "USD", value: "147.00" });
    expect(quote.breakup).toHaveLength(2);
  });

  test("an unknown item, a count above the stock or no items is a 400 naming the field", async () => {
    const unknown = await call("POST", `${BASE}/quotation`, { body: { items: [line("item-gold", 1)] } });
    expect(unknown).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^items\[0\]\.id: no catalogue item "item-gold"/) } });
    const tooMany = await call("POST", `${BASE}/quotation`, { body: { items: [line("item-maize-50kg", 51)] } });
    expect(tooMany).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^items\[0\]\.quantity: 51 .* only 50 available/) } });
    expect((await call("POST", `${BASE}/quotation`, { body: { items: [] } })).status).toBe(400);
  });
});

describe("inventory", () => {
  test("stock starts at the catalogue count; add, remove, block and unblock move it, and refusals leave it unchanged", async () => {
    const ns = "/mock/ns/emkt-stock-test/e-marketplace";
    expect(await available("item-coffee-10kg", ns)).toMatchObject({ available: { count: 50 }, selected: { count: 0 } });
    await call("POST", `${ns}/inventory/item/add`, { body: line("item-coffee-10kg", 10) });
    await call("POST", `${ns}/inventory/item/remove`, { body: line("item-coffee-10kg", 5) });
    const blocked = await call("POST", `${ns}/inventory/item/block`, { body: line("item-coffee-10kg", 20) });
    expect(blocked.body).toMatchObject({ id: "item-coffee-10kg", quantity: { available: { count: 35 }, selected: { count: 20 } } });
    const over = await call("POST", `${ns}/inventory/item/remove`, { body: line("item-coffee-10kg", 36) });
    expect(over).toMatchObject({ status: 400, body: { message: expect.stringContaining("only 35 available") } });
    await call("POST", `${ns}/inventory/item/unblock`, { body: line("item-coffee-10kg", 5) });
    expect(await available("item-coffee-10kg", ns)).toMatchObject({ available: { count: 40 }, selected: { count: 15 } });
  });

  test("add-ons are held and released separately; an unknown item or resource kind is refused", async () => {
    await call("POST", `${BASE}/inventory/addOn/unblock`, { body: { id: "addon-sacks", quantity: { selected: { count: 0 } } } });
    expect((await call("POST", `${BASE}/inventory/addOn/block`, { body: { id: "addon-sacks", quantity: { selected: { count: 1 } } } })).status).toBe(400);
    expect((await call("GET", `${BASE}/inventory/checkAvailability/Item/item-unknown`)).status).toBe(404);
    expect((await call("GET", `${BASE}/inventory/checkAvailability/Truck/item-maize-50kg`)).status).toBe(400);
  });
});

describe("orders and fulfilment: a trade from order to delivery", () => {
  test("create → pay → bill → deliver with an agent → complete; stock held by the order; answers are lists of one order", async () => {
    const before = (await available("item-beans-25kg")).available.count;
    const created = await call("POST", `${BASE}/orders`, {
      body: { items: [line("item-beans-25kg", 3)], provider: { id: "prov-raghu" }, fulfillments: [delivery] },
    });
    expect(created.status).toBe(200);
    const order = first(created);
    expect(order).toMatchObject({ status: "ACTIVE", quote: { price: { value: "105.00" } } });
    expect((await available("item-beans-25kg")).available.count).toBe(before - 3);

    const paid = first(await call("PUT", `${BASE}/orders/${order.id}/updatePayment`, { body: { id: "pay-1", type: "PRE-FULFILLMENT", status: "PAID" } }));
    expect(paid.payments).toEqual([{ id: "pay-1", type: "PRE-FULFILLMENT", status: "PAID" }]);
    const billed = first(await call("PUT", `${BASE}/orders/${order.id}/updateBilling`, { body: { name: "Kofi Mensah", phone: "+000 555 0142" } }));
    expect(billed.billing).toEqual({ name: "Kofi Mensah", phone: "+000 555 0142" });

    const generated = await call("POST", `${BASE}/fulfillments/generate`, { body: { id: order.id, fulfillments: [delivery] } });
    const [ful] = generated.body as Array<{ id: string; state: { descriptor: { code: string } } }>;
    expect(ful!.state.descriptor.code).toBe("Pending");
    const withAgent = (await call("PUT", `${BASE}/fulfillment/${ful!.id}/agent/allocate`, { body: { id: "agent-7", person: { name: "Yaw Boateng" } } }))
      .body as Order;
    expect(withAgent.fulfillments?.find((f) => f.id === ful!.id)?.agent).toMatchObject({ id: "agent-7" });

    await call("PUT", `${BASE}/fulfillments/${ful!.id}`, { body: { descriptor: { code: "Out-for-delivery" } } });
    await call("PUT", `${BASE}/fulfillments/${ful!.id}`, { body: { descriptor: { code: "Delivered" } } });
    expect(first(await call("GET", `${BASE}/orders/${order.id}`)).status).toBe("COMPLETE");
    const late = await call("PUT", `${BASE}/fulfillments/${ful!.id}`, { body: { descriptor: { code: "Cancelled" } } });
    expect(late.status).toBe(400);
    expect((await call("DELETE", `${BASE}/fulfillments/${ful!.id}`)).status).toBe(400);
    const frozen = await call("PUT", `${BASE}/orders/${order.id}/cancel`, { body: { cancellation: { reason: "Too late" } } });
    expect(frozen).toMatchObject({ status: 400, body: { message: expect.stringContaining("COMPLETE") } });
  });

  test("changing items re-quotes and re-holds stock; cancelling releases it and freezes the order", async () => {
    const start = (await available("item-maize-50kg")).available.count;
    const order = first(await call("POST", `${BASE}/orders`, { body: { items: [line("item-maize-50kg", 2)] } }));
    const changed = first(await call("PUT", `${BASE}/orders/${order.id}/updateItems`, { body: { items: [line("item-maize-50kg", 5)] } }));
    expect(changed.quote.price.value).toBe("140.00");
    expect((await available("item-maize-50kg")).available.count).toBe(start - 5);
    const refused = await call("PUT", `${BASE}/orders/${order.id}/updateItems`, { body: { items: [line("item-maize-50kg", 500)] } });
    expect(refused.status).toBe(400);
    expect((await available("item-maize-50kg")).available.count).toBe(start - 5);
    const cancelled = first(await call("PUT", `${BASE}/orders/${order.id}/cancel`, { body: { cancellation: { reason: "Buyer changed mind" } } }));
    expect(cancelled.status).toBe("CANCELLED");
    expect((await available("item-maize-50kg")).available.count).toBe(start);
    expect((await call("PUT", `${BASE}/orders/${order.id}/updateBilling`, { body: { name: "X" } })).status).toBe(400);
  });

  test("unknown orders and fulfilments are 404; a second order with the same id is refused", async () => {
    expect((await call("GET", `${BASE}/orders/order-none`)).status).toBe(404);
    expect((await call("PUT", `${BASE}/orders/order-none/updatePayment`, { body: { id: "p" } })).status).toBe(404);
    expect((await call("GET", `${BASE}/fulfillments/ful-none`)).status).toBe(404);
    expect((await call("DELETE", `${BASE}/fulfillment/ful-none/agent/deallocate`)).status).toBe(404);
    await call("POST", `${BASE}/orders`, { body: { id: "order-dup", items: [line("item-beans-25kg", 1)] } });
    expect((await call("POST", `${BASE}/orders`, { body: { id: "order-dup", items: [line("item-beans-25kg", 1)] } })).status).toBe(400);
  });

  test("a stand-alone fulfilment can be created, read, have its agent removed and be deleted", async () => {
    const created = (await call("POST", `${BASE}/fulfillments`, { body: { type: "Pickup" } })).body as { id: string };
    expect((await call("GET", `${BASE}/fulfillments/${created.id}`)).body).toMatchObject({ type: "Pickup", state: { descriptor: { code: "Pending" } } });
    await call("PUT", `${BASE}/fulfillment/${created.id}/agent/allocate`, { body: { id: "agent-2" } });
    const without = (await call("DELETE", `${BASE}/fulfillment/${created.id}/agent/deallocate`)).body as { fulfillments: Array<{ agent?: unknown }> };
    expect(without.fulfillments[0]!.agent).toBeUndefined();
    expect((await call("DELETE", `${BASE}/fulfillments/${created.id}`)).status).toBe(200);
    expect((await call("GET", `${BASE}/fulfillments/${created.id}`)).status).toBe(404);
  });

  test("serviceability: a market address is served, a remote one is not, no location is a 400", async () => {
    const ok = await call("POST", `${BASE}/fulfillment/checkServiceability`, { body: { fulfillments: [delivery] } });
    expect(ok.body).toMatchObject({ serviceable: true });
    const remote = await call("POST", `${BASE}/fulfillment/checkServiceability`, {
      body: { fulfillments: [{ stops: [{ type: "end", location: { address: "Remote island farm" } }] }] },
    });
    expect(remote.body).toMatchObject({ serviceable: false });
    expect((await call("POST", `${BASE}/fulfillment/checkServiceability`, { body: { fulfillments: [] } })).status).toBe(400);
  });
});

describe("refusals", () => {
  test("a management body of the wrong shape is a 400 with { code, message }, not a beckn NACK; buyer calls still NACK", async () => {
    for (const [method, path] of [
      ["POST", "/orders"],
      ["POST", "/inventory/item/add"],
      ["POST", "/inventory/addOn/block"],
      ["POST", "/fulfillments/generate"],
      ["PUT", "/orders/order-any/updatePayment"],
    ] as const) {
      const res = await call(method, `${BASE}${path}`, { body: ["not", "an", "object"] });
      expect(res, path).toMatchObject({ status: 400, body: { code: "40000", message: expect.stringContaining("body") } });
      expect(res.body, path).not.toHaveProperty("message.ack");
    }
    const search = await call("POST", `${BASE}/search`, { body: { context: {}, message: {} } });
    expect(search).toMatchObject({ status: 200, body: { message: { ack: { status: "NACK" } }, error: { code: "30000" } } });
  });
});
