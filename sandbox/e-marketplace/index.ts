// e-Marketplace mock (beckn): every buyer call is acknowledged at once and its answer is stored
// as the matching on_* callback (an internal event, readable in the trace and at GET-style catalog
// reads). Catalogue resources are stored per kind. Seller-side management (quotations, orders, inventory,
// fulfilments) is in management.ts.
import { collection } from "../runtime/collection";
import { json, now, obj, str, uuid } from "../runtime/respond";
import type { Handler, HandlerContext, MockModule, MockResponse } from "../types";
import { managementHandlers, problem } from "./management";

type Item = Record<string, unknown> & { id: string };
type Order = { id: string; state: string; items: unknown[]; transactionId: string; updatedAt: string };

const ACK: MockResponse = json(200, { message: { ack: { status: "ACK" } } });
const nack = (code: string, message: string): MockResponse => json(200, { message: { ack: { status: "NACK" } }, error: { code, message } });

const catalog = (ctx: HandlerContext, resource: string) => collection<Item>(ctx, `catalog:${resource}`);
const orders = (ctx: HandlerContext) => collection<Order>(ctx, "orders");
const callbacks = (ctx: HandlerContext) => collection<Record<string, unknown>>(ctx, "callbacks");

function callback(ctx: HandlerContext, action: string, message: Record<string, unknown>) {
  const context = obj(obj(ctx.req.body).context);
  const id = uuid();
  callbacks(ctx).put(id, { id, context: { ...context, action: `on_${action}`, message_id: id, timestamp: now() }, message });
}

function buyer(action: string, answer: (ctx: HandlerContext, message: Record<string, unknown>) => Record<string, unknown> | MockResponse): Handler {
  return (ctx) => {
    const message = obj(obj(ctx.req.body).message);
    const result = answer(ctx, message);
    if ("status" in result && typeof result.status === "number") return result as MockResponse;
    callback(ctx, action, result as Record<string, unknown>);
    return ACK;
  };
}

function orderFrom(ctx: HandlerContext, message: Record<string, unknown>, state: string): Order {
  const order = obj(message.order);
  const transactionId = String(obj(obj(ctx.req.body).context).transaction_id ?? uuid());
  const id = str(order, "id") ?? `order-${transactionId.slice(0, 8)}`;
  const saved: Order = { id, state, items: Array.isArray(order.items) ? order.items : [], transactionId, updatedAt: now() };
  orders(ctx).put(id, saved);
  return saved;
}

export const eMarketplace: MockModule = {
  // Buyer calls and callbacks are refused in the beckn envelope (NACK); the seller-side management operations
  // document a 400 with { code, message } instead, whose 200 answers (orders, items, fulfilments) cannot hold a NACK.
  validationError: (issues, { operationId }) => {
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    return Object.hasOwn(managementHandlers, operationId) ? problem(400, message) : nack("30000", message);
  },
  notFound: (req) => json(404, { code: "40400", message: `No e-Marketplace endpoint ${req.method} ${req.path}.` }),
  handlers: {
    ...managementHandlers,
    searchRequest: buyer("search", (ctx, message) => {
      const wanted = JSON.stringify(obj(message.intent)).toLowerCase();
      const items = catalog(ctx, "Item").list();
      const hits = items.filter((i) => {
        const name = String(obj(i.descriptor).name ?? "").toLowerCase();
        return !wanted.includes("name") || wanted.includes(name.split(" ")[0] ?? "");
      });
      return {
        catalog: {
          descriptor: { name: "Sandbox marketplace" },
          providers: [{ id: "prov-raghu", descriptor: { name: "Raghu's farm" }, items: hits.length ? hits : items }],
        },
      };
    }),
    selectRequest: buyer("select", (ctx, message) => ({ order: { ...obj(message.order), quote: { price: { currency: "USD", value: "42.00" } } } })),
    initRequest: buyer("init", (ctx, message) => ({ order: { ...orderFrom(ctx, message, "Created"), payment: { type: "ON-ORDER", status: "NOT-PAID" } } })),
    confirmRequest: buyer("confirm", (ctx, message) => {
      if (ctx.faults.insufficientFunds) return nack("30008", "Payment failed: insufficient funds. The order stays awaiting payment.");
      return { order: { ...orderFrom(ctx, message, "Accepted"), payment: { type: "ON-ORDER", status: "PAID" } } };
    }),
    statusRequest: buyer("status", (ctx, message) => {
      const o = orders(ctx).get(String(message.order_id ?? obj(message.order).id ?? ""));
      return { order: o ?? { id: message.order_id, state: "Unknown" } };
    }),
    trackRequest: buyer("track", (_ctx, message) => ({
      tracking: { url: `https://sandbox.example/track/${String(message.order_id ?? "")}`, status: "active" },
    })),
    supportRequest: buyer("support", () => ({ phone: "+000 555 0199", email: "support@sandbox.example", uri: "https://sandbox.example/support" })),
    ratingRequest: buyer("rating", (_ctx, message) => ({ feedback_ack: true, rating_ack: true, ...obj(message) })),
    onSearchCallback: () => ACK,
    onSelectCallback: () => ACK,
    onInitCallback: () => ACK,
    onConfirmCallback: () => ACK,
    onStatusCallback: () => ACK,
    onTrackCallback: () => ACK,
    onSupportCallback: () => ACK,
    onRatingCallback: () => ACK,
    addCatalogResource: (ctx) => {
      const item = { ...obj(ctx.req.body) } as Item;
      item.id = str(item, "id") ?? uuid();
      catalog(ctx, ctx.params.resource).put(item.id, item);
      return json(200, item);
    },
    getCatalogResource: (ctx) => {
      const item = catalog(ctx, ctx.params.resource).get(ctx.params.id);
      return item ? json(200, item) : json(404, { code: "40400", message: `No ${ctx.params.resource} "${ctx.params.id}".` });
    },
    getProviderCatalogResource: (ctx) => {
      const item = catalog(ctx, ctx.params.resource).get(ctx.params.id);
      return item ? json(200, item) : json(404, { code: "40400", message: `No ${ctx.params.resource} "${ctx.params.id}".` });
    },
    updateCatalogResource: (ctx) => {
      const existing = catalog(ctx, ctx.params.resource).get(ctx.params.id);
      if (!existing) return json(404, { code: "40400", message: `No ${ctx.params.resource} "${ctx.params.id}".` });
      const item = { ...existing, ...obj(ctx.req.body), id: existing.id };
      catalog(ctx, ctx.params.resource).put(item.id, item);
      return json(200, item);
    },
    deleteCatalogResource: (ctx) =>
      catalog(ctx, ctx.params.resource).delete(ctx.params.id)
        ? json(200, { id: ctx.params.id, deleted: true })
        : json(404, { code: "40400", message: `No ${ctx.params.resource} "${ctx.params.id}".` }),
  },
};
