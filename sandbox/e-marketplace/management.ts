// e-Marketplace seller-side management: quotations from catalogue prices, orders as records, inventory with
// blocks held by open orders, and fulfilments with states and agents. These are what a real trade needs
// between the buyer's confirm and the delivery (Market Linkage).
import { collection } from "../runtime/collection";
import { json, now, obj, str, uuid } from "../runtime/respond";
import type { Handler, HandlerContext, MockResponse } from "../types";

type Doc = Record<string, unknown>;
export type Stock = { id: string; kind: "Item" | "AddOn"; available: number; blocked: number };
type StoredOrder = Doc & { id: string; status: string; updated_at: string };
type StoredFulfillment = Doc & { id: string; orderId?: string; state: { descriptor: { code: string; name?: string }; updated_at: string } };

/** The management operations' documented error (ManagementProblem): a 4xx status with `{ code, message }`, not a beckn NACK. */
export const problem = (status: number, message: string): MockResponse => json(status, { code: String(status * 100), message });

const catalogItem = (ctx: HandlerContext, id: string) => collection<Doc>(ctx, "catalog:Item").get(id);
const stock = (ctx: HandlerContext) => collection<Stock>(ctx, "inventory");
const orderDocs = (ctx: HandlerContext) => collection<StoredOrder>(ctx, "order-records");
const fulfilments = (ctx: HandlerContext) => collection<StoredFulfillment>(ctx, "fulfillments");

/** Units a request line asks for: quantity.selected.count, else quantity.available.count, else 1. */
function countOf(item: Doc): number {
  const q = obj(item.quantity);
  const n = obj(q.selected).count ?? obj(q.available).count ?? 1;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : 1;
}

/** The stock record of an item or add-on; catalogue items start with their listed available count. */
function stockOf(ctx: HandlerContext, kind: Stock["kind"], id: string): Stock | undefined {
  const key = `${kind}:${id}`;
  const saved = stock(ctx).get(key);
  if (saved) return saved;
  if (kind === "Item") {
    const item = catalogItem(ctx, id);
    if (!item) return undefined;
    const listed = obj(obj(item.quantity).available).count;
    return { id, kind, available: typeof listed === "number" ? listed : 0, blocked: 0 };
  }
  return { id, kind, available: 0, blocked: 0 };
}

const saveStock = (ctx: HandlerContext, s: Stock) => stock(ctx).put(`${s.kind}:${s.id}`, s);

function stockView(ctx: HandlerContext, s: Stock): Doc {
  const base = s.kind === "Item" ? (catalogItem(ctx, s.id) ?? { id: s.id }) : { id: s.id };
  return { ...base, id: s.id, quantity: { available: { count: s.available }, maximum: { count: s.available + s.blocked }, selected: { count: s.blocked } } };
}

type Move = "add" | "remove" | "block" | "unblock";

/** Applies one stock movement; a refusal names the item and what is available. */
function move(ctx: HandlerContext, kind: Stock["kind"], id: string, count: number, how: Move): Stock | MockResponse {
  const s = stockOf(ctx, kind, id);
  if (!s) return problem(404, `id: no catalogue item "${id}".`);
  const next = { ...s };
  if (how === "add") next.available += count;
  if (how === "remove" || how === "block") {
    if (count > s.available) return problem(400, `quantity: ${count} of "${id}" asked, only ${s.available} available.`);
    next.available -= count;
    if (how === "block") next.blocked += count;
  }
  if (how === "unblock") {
    const released = Math.min(count, s.blocked);
    next.blocked -= released;
    next.available += released;
  }
  saveStock(ctx, next);
  return next;
}

function stockHandler(kind: Stock["kind"], how: Move): Handler {
  return (ctx) => {
    const body = obj(ctx.req.body);
    const id = str(body, "id") ?? "";
    const result = move(ctx, kind, id, countOf(body), how);
    return "status" in result && typeof result.status === "number" ? (result as MockResponse) : json(200, stockView(ctx, result as Stock));
  };
}

/** Prices each line from the catalogue; refuses unknown items and counts above the stock. */
function quote(ctx: HandlerContext, items: unknown[]): { quote: Doc; items: Doc[] } | MockResponse {
  if (items.length === 0) return problem(400, "items: an order needs at least one item.");
  let total = 0;
  let currency = "USD";
  const breakup: Doc[] = [];
  const lines: Doc[] = [];
  for (const [i, raw] of items.entries()) {
    const line = obj(raw);
    const id = str(line, "id") ?? "";
    const listed = catalogItem(ctx, id);
    if (!listed) return problem(400, `items[${i}].id: no catalogue item "${id}".`);
    const count = countOf(line);
    const s = stockOf(ctx, "Item", id)!;
    if (count > s.available) return problem(400, `items[${i}].quantity: ${count} of "${id}" asked, only ${s.available} available.`);
    const price = obj(listed.price);
    currency = String(price.currency ?? currency);
    const amount = Number(price.value ?? 0) * count;
    total += amount;
    breakup.push({ item: { id }, title: `${String(obj(listed.descriptor).name ?? id)} × ${count}`, price: { currency, value: amount.toFixed(2) } });
    lines.push({ ...listed, quantity: { selected: { count } } });
  }
  return { quote: { id: uuid(), price: { currency, value: total.toFixed(2) }, breakup, ttl: "PT15M" }, items: lines };
}

const isResponse = (x: unknown): x is MockResponse => typeof (x as MockResponse).status === "number" && "body" in (x as object);

function blockItems(ctx: HandlerContext, items: Doc[], how: "block" | "unblock"): MockResponse | undefined {
  const done: Doc[] = [];
  for (const line of items) {
    const r = move(ctx, "Item", String(line.id), countOf(line), how);
    if (isResponse(r)) {
      for (const d of done) move(ctx, "Item", String(d.id), countOf(d), how === "block" ? "unblock" : "block");
      return r;
    }
    done.push(line);
  }
  return undefined;
}

function openOrder(ctx: HandlerContext): StoredOrder | MockResponse {
  const order = orderDocs(ctx).get(ctx.params.orderId ?? "");
  if (!order) return problem(404, `No order "${ctx.params.orderId}".`);
  if (order.status !== "ACTIVE") return problem(400, `status: the order is ${order.status} and cannot change.`);
  return order;
}

const publicOrder = (o: StoredOrder) => o;

function updateOrder(change: (ctx: HandlerContext, order: StoredOrder, body: Doc) => StoredOrder | MockResponse): Handler {
  return (ctx) => {
    const order = openOrder(ctx);
    if (isResponse(order)) return order;
    const next = change(ctx, order, obj(ctx.req.body));
    if (isResponse(next)) return next;
    const saved = { ...next, updated_at: now() };
    orderDocs(ctx).put(saved.id, saved);
    return json(200, [publicOrder(saved)]);
  };
}

/** Replaces the entry with the same id in a list, or appends it. */
function upsert(list: unknown, entry: Doc): Doc[] {
  const items = Array.isArray(list) ? (list as Doc[]) : [];
  const id = str(entry, "id") ?? uuid();
  return [...items.filter((x) => x.id !== id), { ...entry, id }];
}

const FINAL_STATES = new Set(["Delivered", "Cancelled"]);

function newFulfilment(source: Doc, orderId?: string): StoredFulfillment {
  return {
    type: "Delivery",
    ...source,
    id: str(source, "id") ?? `ful-${uuid().slice(0, 8)}`,
    ...(orderId ? { orderId } : {}),
    state: { descriptor: { code: "Pending" }, updated_at: now() },
  };
}

function orderOfFulfilment(ctx: HandlerContext, f: StoredFulfillment): StoredOrder | undefined {
  return f.orderId ? orderDocs(ctx).get(f.orderId) : undefined;
}

function agentAnswer(ctx: HandlerContext, f: StoredFulfillment): MockResponse {
  const order = orderOfFulfilment(ctx, f);
  if (!order) return json(200, { id: f.id, fulfillments: [f] });
  const withFulfilment = { ...order, fulfillments: upsert(order.fulfillments, f), updated_at: now() };
  orderDocs(ctx).put(order.id, withFulfilment);
  return json(200, withFulfilment);
}

export const managementHandlers: Record<string, Handler> = {
  createQuotation: (ctx) => {
    const order = obj(ctx.req.body);
    const q = quote(ctx, Array.isArray(order.items) ? order.items : []);
    return isResponse(q) ? q : json(200, { ...order, items: q.items, quote: q.quote });
  },
  createOrder: (ctx) => {
    const order = obj(ctx.req.body);
    const q = quote(ctx, Array.isArray(order.items) ? order.items : []);
    if (isResponse(q)) return q;
    const id = str(order, "id") ?? `order-${uuid().slice(0, 8)}`;
    if (orderDocs(ctx).get(id)) return problem(400, `id: an order "${id}" already exists.`);
    const refused = blockItems(ctx, q.items, "block");
    if (refused) return refused;
    const at = now();
    const saved: StoredOrder = { ...order, id, status: "ACTIVE", type: "DEFAULT", items: q.items, quote: q.quote, created_at: at, updated_at: at };
    orderDocs(ctx).put(id, saved);
    return json(200, [saved]);
  },
  getOrder: (ctx) => {
    const order = orderDocs(ctx).get(ctx.params.orderId ?? "");
    return order ? json(200, [publicOrder(order)]) : problem(404, `No order "${ctx.params.orderId}".`);
  },
  updateOrderPayment: updateOrder((_ctx, order, body) => ({ ...order, payments: upsert(order.payments, body) })),
  updateOrderFulfillment: updateOrder((_ctx, order, body) => ({ ...order, fulfillments: upsert(order.fulfillments, body) })),
  updateOrderBilling: updateOrder((_ctx, order, body) => ({ ...order, billing: body })),
  updateOrderItems: updateOrder((ctx, order, body) => {
    const previous = (Array.isArray(order.items) ? order.items : []) as Doc[];
    blockItems(ctx, previous, "unblock");
    const q = quote(ctx, Array.isArray(body.items) ? body.items : []);
    const refused = isResponse(q) ? q : blockItems(ctx, q.items, "block");
    if (refused) {
      blockItems(ctx, previous, "block");
      return refused;
    }
    const priced = q as { quote: Doc; items: Doc[] };
    return { ...order, items: priced.items, quote: priced.quote };
  }),
  updateOrderAddOns: updateOrder((_ctx, order, body) => ({ ...order, add_ons: body.add_ons })),
  cancelOrder: updateOrder((ctx, order, body) => {
    blockItems(ctx, (Array.isArray(order.items) ? order.items : []) as Doc[], "unblock");
    return { ...order, status: "CANCELLED", cancellation: { ...obj(body.cancellation), time: now() } };
  }),
  checkAvailability: (ctx) => {
    const kind = ctx.params.resource === "AddOn" ? "AddOn" : ctx.params.resource === "Item" ? "Item" : undefined;
    if (!kind) return problem(400, `resource: must be Item or AddOn, not "${ctx.params.resource}".`);
    const s = stockOf(ctx, kind, ctx.params.id);
    return s ? json(200, stockView(ctx, s)) : problem(404, `No catalogue item "${ctx.params.id}".`);
  },
  addInventoryItem: stockHandler("Item", "add"),
  removeInventoryItem: stockHandler("Item", "remove"),
  blockInventoryItem: stockHandler("Item", "block"),
  unblockInventoryItem: stockHandler("Item", "unblock"),
  blockInventoryAddOn: stockHandler("AddOn", "block"),
  unblockInventoryAddOn: stockHandler("AddOn", "unblock"),
  generateFulfillments: (ctx) => {
    const order = obj(ctx.req.body);
    const orderId = str(order, "id");
    const stored = orderId ? orderDocs(ctx).get(orderId) : undefined;
    if (orderId && !stored) return problem(404, `No order "${orderId}".`);
    const sources = (Array.isArray(order.fulfillments) && order.fulfillments.length ? order.fulfillments : [{}]) as Doc[];
    const created = sources.map((f) => newFulfilment(obj(f), orderId));
    for (const f of created) fulfilments(ctx).put(f.id, f);
    if (stored)
      orderDocs(ctx).put(stored.id, {
        ...stored,
        fulfillments: created.reduce((list, f) => upsert(list, f), stored.fulfillments as unknown),
        updated_at: now(),
      });
    return json(200, created);
  },
  createFulfillment: (ctx) => {
    const f = newFulfilment(obj(ctx.req.body));
    if (fulfilments(ctx).get(f.id)) return problem(400, `id: a fulfilment "${f.id}" already exists.`);
    fulfilments(ctx).put(f.id, f);
    return json(200, f);
  },
  getFulfillment: (ctx) => {
    const f = fulfilments(ctx).get(ctx.params.fulfillmentId ?? "");
    return f ? json(200, f) : problem(404, `No fulfilment "${ctx.params.fulfillmentId}".`);
  },
  updateFulfillmentState: (ctx) => {
    const id = ctx.params.fulfillmentId ?? "";
    const f = fulfilments(ctx).get(id);
    if (!f) return problem(404, `No fulfilment "${id}".`);
    if (FINAL_STATES.has(f.state.descriptor.code)) return problem(400, `descriptor.code: the fulfilment is ${f.state.descriptor.code} and cannot move.`);
    const descriptor = obj(obj(ctx.req.body).descriptor) as { code: string; name?: string };
    const next: StoredFulfillment = { ...f, state: { descriptor, updated_at: now() } };
    fulfilments(ctx).put(id, next);
    const order = orderOfFulfilment(ctx, next);
    if (order)
      orderDocs(ctx).put(order.id, {
        ...order,
        fulfillments: upsert(order.fulfillments, next),
        ...(descriptor.code === "Delivered" && order.status === "ACTIVE" ? { status: "COMPLETE" } : {}),
        updated_at: now(),
      });
    return json(200, next);
  },
  deleteFulfillment: (ctx) => {
    const id = ctx.params.fulfillmentId ?? "";
    const f = fulfilments(ctx).get(id);
    if (!f) return problem(404, `No fulfilment "${id}".`);
    if (f.state.descriptor.code === "Delivered") return problem(400, "A delivered fulfilment is kept as a record and cannot be deleted.");
    fulfilments(ctx).delete(id);
    return json(200, f);
  },
  checkServiceability: (ctx) => {
    const order = obj(ctx.req.body);
    const first = obj((Array.isArray(order.fulfillments) ? order.fulfillments : [])[0]);
    const stops = (Array.isArray(first.stops) ? first.stops : []) as Doc[];
    const end = obj(stops.find((s) => s.type === "end") ?? stops[stops.length - 1]);
    const where = JSON.stringify(obj(end.location)).toLowerCase();
    if (where === "{}") return problem(400, "fulfillments[0].stops: give the end stop's location (address, area code or GPS).");
    const serviceable = !where.includes("remote");
    return json(200, { serviceable, fulfillment: { ...first, type: str(first, "type") ?? "Delivery" } });
  },
  allocateAgent: (ctx) => {
    const id = ctx.params.fulfillmentId ?? "";
    const f = fulfilments(ctx).get(id);
    if (!f) return problem(404, `No fulfilment "${id}".`);
    const agent = obj(ctx.req.body);
    if (!str(agent, "id") && !obj(agent.person).name) return problem(400, "id: name the agent (id or person.name).");
    const next = { ...f, agent };
    fulfilments(ctx).put(id, next);
    return agentAnswer(ctx, next);
  },
  deallocateAgent: (ctx) => {
    const id = ctx.params.fulfillmentId ?? "";
    const f = fulfilments(ctx).get(id);
    if (!f) return problem(404, `No fulfilment "${id}".`);
    const { agent: _agent, ...rest } = f;
    const next = rest as StoredFulfillment;
    fulfilments(ctx).put(id, next);
    return agentAnswer(ctx, next);
  },
};
