// Market Linkage (AGR-1): the real calls behind each journey step.
import * as bb from "../bb";
import type { CallResult } from "../../client";
import { appFor } from "../../im/clients";
import { memberKey } from "../../im/registry";
import type { ScenarioContext, ScenarioModule } from "../types";

const SERVICE = "svc-farmer-marketplace";
const AGREEMENT = "2";
/** The order of this journey (each checkout of it gets its own escrow request). */
const DEFAULT_ORDER = "ORD-2026-0612";
/** The release code sent to the buyer by SMS in the checkout step (synthetic). */
export const RELEASE_CODE = "482913";

async function trader(s: ScenarioContext) {
  const a = await bb.registeredApplicant(s, SERVICE, "register-trader");
  return { ...a, name: String(a.data.fullName ?? "Raghu"), phone: String(a.data.phone ?? "") };
}

type Escrow = { orderId: string; rtpId: number };

/** The escrow of the latest checkout, kept on the seller's file (so a step opened directly finds it). */
function escrowOf(data: Record<string, unknown>): Escrow | undefined {
  const e = data.escrow as Partial<Escrow> | undefined;
  return e && typeof e.orderId === "string" && typeof e.rtpId === "number" ? { orderId: e.orderId, rtpId: e.rtpId } : undefined;
}

/** Raghu's listing, kept on his file by the e-Marketplace; `agreedPrice` once a buyer's offer is accepted (step 6). */
type Listing = { itemId: string; product: string; quantity: number; agreedPrice?: number };

function listingOf(data: Record<string, unknown>): Listing | undefined {
  const l = data.listing as Partial<Listing> | undefined;
  if (!l || typeof l.itemId !== "string" || typeof l.quantity !== "number") return undefined;
  return {
    itemId: l.itemId,
    product: String(l.product ?? "produce"),
    quantity: l.quantity,
    ...(typeof l.agreedPrice === "number" ? { agreedPrice: l.agreedPrice } : {}),
  };
}

/**
 * The order number of a checkout: the journey's own number first, then -2, -3 … on replays (an order id is
 * never reused). A seller file with no order yet (a new sign-up) asks the e-Marketplace whether the journey's
 * number is still free.
 */
async function nextOrderId(s: ScenarioContext, data: Record<string, unknown>, rtpId: number): Promise<string> {
  const last = escrowOf(data)?.orderId;
  if (last) {
    const n = Number(/^-(\d+)$/.exec(last.slice(DEFAULT_ORDER.length))?.[1] ?? 1);
    return `${DEFAULT_ORDER}-${n + 1}`;
  }
  const taken = await s.call("e-marketplace", "GET", `/orders/${DEFAULT_ORDER}`);
  return taken.status === 404 ? DEFAULT_ORDER : `${DEFAULT_ORDER}-${rtpId % 100_000}`;
}

/** The delivery (fulfilment) of an order: one per order, named after it. */
const fulfilmentOf = (orderId: string) => `FUL-${orderId}`;

/** Raghu's own app: in steps whose screen is Amina's, the seller's side of the deal is done from his app. */
const SELLER_APP = (() => {
  const app = appFor("market-linkage", "raghu")!;
  return memberKey({ memberClass: "GOV", memberCode: app.memberCode, subsystem: app.subsystem });
})();

/** Units of a catalogue item available (not held by an open order), from the e-Marketplace inventory. */
async function available(s: ScenarioContext, itemId: string) {
  const r = await s.call("e-marketplace", "GET", `/inventory/checkAvailability/Item/${itemId}`);
  const q = bb.bodyOf(r).quantity as { available?: { count?: number }; selected?: { count?: number } } | undefined;
  return { res: r, count: bb.ok(r) ? Number(q?.available?.count ?? 0) : 0, held: bb.ok(r) ? Number(q?.selected?.count ?? 0) : 0 };
}

/** A money amount as people write it: 8000, or 8000.50. */
const money = (v: unknown) => {
  const n = Number(v);
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
};

const INVENTORY_LINE = (itemId: string, count: number) => ({ id: itemId, quantity: { selected: { count } } });

/**
 * Whether the request to pay behind an escrow is still pending (money held, not yet released or refused);
 * undefined when Payments gives no answer (then nobody can tell, and nothing should be started).
 */
async function escrowHeld(s: ScenarioContext, e: Escrow): Promise<boolean | undefined> {
  // Workflow, which releases the escrow, asks Payments whether the money is still held.
  const r = await bb.requestToPayStatus(s.as("workflow"), e.rtpId);
  if (r.status >= 500) return undefined;
  return bb.ok(r) && bb.bodyOf(r).requestStatus === "PND";
}

/** Why a payment was refused, from the answers themselves (not assumed). */
function refusal(rtp: CallResult, confirm?: CallResult): string {
  const text = JSON.stringify([rtp.body, confirm?.body ?? null]).toLowerCase();
  if (/insufficient/.test(text)) return "insufficient funds";
  if (!bb.ok(rtp)) return `the payment provider answered ${rtp.status}`;
  return "the marketplace did not confirm the order";
}

export const market: ScenarioModule = {
  "market/invite-traders": async (s) => {
    const { input } = s;
    const proc = await bb.startProcess(s, "proc-outreach-campaign", "joseph", { region: input.region, audience: input.audience });
    const alert = await bb.schedule(s, "alert_schedule", {
      name: `Marketplace campaign, ${input.region}`,
      target_category: input.audience,
      alert_datetime: `${input.startDate}T08:00:00Z`,
    });
    const sent = await bb.sendMessage(
      s,
      [bb.smsAddress("+91 99020 55511"), bb.smsAddress("+000 555 0103")],
      "A new marketplace for your harvest",
      `Sell and buy farm goods safely. Campaign in ${input.region} from ${input.startDate}.`,
      true,
    );
    if (!bb.ok(proc.res) || !bb.ok(alert.res) || !bb.ok(sent)) return { status: "error", summary: "The campaign could not start; see the calls below." };
    return {
      status: "ok",
      summary: `The campaign in ${input.region} is running (process ${proc.id}) and the first invitations went out.`,
      records: { instanceId: proc.id, alertScheduleId: alert.id },
    };
  },

  "market/register-trader": async (s) => {
    const { input } = s;
    const nationalId = String(input.nationalId).trim();
    await bb.signIn(s, "marketplace-app", false);
    const consent = await bb.recordConsent(s, AGREEMENT, nationalId, input.consent === true);
    if (!consent.optIn) {
      return {
        status: "unhappy",
        summary: `${input.fullName} did not agree to the checks against the ID, tax and land registries. Sign-up stops here and nothing else is stored: the marketplace needs those checks to protect buyers.`,
        records: { consentRecordId: consent.recordId },
      };
    }
    const app = await bb.submitApplication(s, SERVICE, nationalId, String(input.fullName), {
      citizenId: nationalId,
      fullName: input.fullName,
      phone: input.phone,
      role: input.role,
      village: input.village,
    });
    // Registration writes the approved sign-up to the farmer registry itself (a BB-to-BB call).
    const rec = await bb.registryUpsert(s.as("registration"), "farmers", {
      id: `FRM-${nationalId}`,
      citizenId: nationalId,
      name: input.fullName,
      phone: input.phone,
      role: input.role,
      village: input.village,
    });
    const prov = await s.call("e-marketplace", "POST", "/catalog/Provider", {
      body: { id: `prov-${nationalId}`, descriptor: { name: String(input.fullName) } },
    });
    if (!bb.ok(app.res) || !bb.ok(rec) || !bb.ok(prov)) return { status: "error", summary: "Sign-up did not complete; see the calls below." };
    return {
      status: "ok",
      summary: `${input.fullName} has an account, a farmer-registry record (FRM-${nationalId}) and a seller profile on the marketplace.`,
      records: { fileId: app.fileId, farmerId: `FRM-${nationalId}`, providerId: `prov-${nationalId}` },
    };
  },

  "market/verify-trader": async (s) => {
    const t = await trader(s);
    const consent = await bb.consentGiven(s, t.nationalId, AGREEMENT);
    const id = await bb.registryExists(s, "civil-registry", { id: t.nationalId });
    const land = await bb.registryRead(s, "cadastre", { ownerId: t.nationalId });
    if (!consent.optIn) return { status: "unhappy", summary: `There is no consent from ${t.name} to run the checks, so none of them counts.` };
    if (!id.found || !land.record) {
      return {
        status: "unhappy",
        summary: `${!id.found ? "The ID registry has no match. " : ""}${!land.record ? "The land cadastre has no parcel for him. " : ""}${t.name} can still buy, but cannot list produce until an extension agent confirms his farm.`,
      };
    }
    return {
      status: "ok",
      summary: `ID confirmed and parcel ${String(land.record.id)} (${String(land.record.areaHa)} ha) found: ${t.name} is a verified seller.`,
      records: { parcelId: String(land.record.id) },
    };
  },

  "market/build-profile": async (s) => {
    const t = await trader(s);
    const { input } = s;
    const upd = await bb.updateApplication(s, t.file, {
      businessName: input.businessName,
      crops: input.crops,
      delivery: input.delivery,
      priceAlerts: input.priceAlerts,
      weatherAlerts: input.weatherAlerts,
    });
    const alerts = [input.priceAlerts && "prices", input.weatherAlerts && "weather"].filter(Boolean).join(" and ") || "no";
    await bb.sendMessage(s, [bb.smsAddress(t.phone)], "Your profile is ready", `${input.businessName}: you will get ${alerts} alerts.`);
    if (!bb.ok(upd)) return { status: "error", summary: "The profile could not be saved; see the calls below." };
    return { status: "ok", summary: `“${input.businessName}” is saved with ${alerts} alerts.`, records: { fileId: t.file.fileId } };
  },

  "market/list-produce": async (s) => {
    const t = await trader(s);
    const { input } = s;
    const quantity = Number(input.quantity);
    const itemId = `item-${String(input.product)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")}-${t.nationalId.slice(-4)}`;
    const item = await s.call("e-marketplace", "POST", "/catalog/Item", {
      body: {
        id: itemId,
        descriptor: { name: String(input.product), short_desc: `${input.quantity} kg from ${t.name}` },
        price: { currency: "INR", value: String(input.price) },
        provider_id: `prov-${t.nationalId}`,
        quantity: { available: { count: quantity } },
      },
    });
    // The marketplace's stock of the lot is what Raghu listed (a new lot tops it up after an earlier sale).
    let stock = await available(s, itemId);
    if (bb.ok(stock.res) && stock.count !== quantity) {
      const diff = quantity - stock.count;
      await s.call("e-marketplace", "POST", diff > 0 ? "/inventory/item/add" : "/inventory/item/remove", { body: INVENTORY_LINE(itemId, Math.abs(diff)) });
      stock = await available(s, itemId);
    }
    // The e-Marketplace keeps the listing on the seller's file, so later steps find the lot.
    const saved = await bb.updateApplication(s.as("e-marketplace"), t.file, {
      listing: { itemId, product: String(input.product), quantity } satisfies Listing,
    });
    const tx = crypto.randomUUID();
    const search = await bb.marketCall(s, "search", tx, { intent: { item: { descriptor: { name: String(input.product) } } } });
    const onSearch = await bb.marketCall(s, "on_search", tx, {
      catalog: { descriptor: { name: "Sandbox marketplace" }, providers: [{ id: `prov-${t.nationalId}`, items: [bb.bodyOf(item)] }] },
    });
    if (!bb.ok(item) || !bb.ok(stock.res) || stock.count !== quantity || !bb.ok(saved) || !bb.acked(search) || !bb.acked(onSearch))
      return { status: "error", summary: "The listing could not be published; see the calls below." };
    return {
      status: "ok",
      summary: `${input.quantity} kg of ${String(input.product).toLowerCase()} at ${input.price} per kg are listed and in the marketplace's stock; Amina's search finds them.`,
      records: { itemId, inStock: String(stock.count) },
    };
  },

  "market/negotiate": async (s) => {
    const { input } = s;
    // The buyer's app never sees the seller's file: the e-Marketplace looks up where to pass the offer.
    const market = s.as("e-marketplace");
    let t = await trader(market);
    if (!listingOf(t.data)) {
      await s.prerequisite("list-produce");
      t = await trader(market);
    }
    const listing = listingOf(t.data);
    if (!listing) return { status: "error", summary: "There is no listing to make an offer on, and listing the produce did not work; see the calls below." };
    const sent = await bb.sendMessage(s, [bb.smsAddress(t.phone)], `Offer from Amina: ${input.offer} per kg`, String(input.message));
    // Raghu accepts in his app: the listing now shows the agreed price.
    const price = await s.call("e-marketplace", "PUT", `/catalog/Item/${listing.itemId}`, {
      body: { id: listing.itemId, price: { currency: "INR", value: String(input.offer) } },
      caller: SELLER_APP,
    });
    // The marketplace prices the deal for Amina from the listing, and refuses it if the stock is not there.
    let quote = await s.call("e-marketplace", "POST", "/quotation", {
      body: {
        items: [INVENTORY_LINE(listing.itemId, listing.quantity)],
        provider: { id: `prov-${t.nationalId}` },
        billing: { name: "Amina Yusuf", phone: "+000 555 0103" },
      },
    });
    if (quote.status === 400 && /available/.test(JSON.stringify(quote.body))) {
      // The lot was sold in an earlier run: Raghu lists a fresh one first.
      await s.prerequisite("list-produce");
      await s.call("e-marketplace", "PUT", `/catalog/Item/${listing.itemId}`, {
        body: { id: listing.itemId, price: { currency: "INR", value: String(input.offer) } },
        caller: SELLER_APP,
      });
      quote = await s.call("e-marketplace", "POST", "/quotation", {
        body: {
          items: [INVENTORY_LINE(listing.itemId, listing.quantity)],
          provider: { id: `prov-${t.nationalId}` },
          billing: { name: "Amina Yusuf", phone: "+000 555 0103" },
        },
      });
      t = await trader(market);
    }
    const total = (bb.bodyOf(quote).quote as { price?: { value?: string } } | undefined)?.price?.value;
    const pickup = await bb.schedule(s, "appointment", {
      name: `Pickup of ${listing.product.toLowerCase()}`,
      entity_id: "entity_id:302",
      from: `${input.pickupDate}T10:00:00Z`,
      buyer: "Amina",
      seller: t.name,
    });
    const saved =
      bb.ok(price) && bb.ok(quote)
        ? await bb.updateApplication(market, t.file, { listing: { ...listing, agreedPrice: Number(input.offer) } satisfies Listing })
        : undefined;
    if (!bb.ok(sent) || !bb.ok(price) || !bb.ok(quote) || !total || !bb.ok(pickup.res) || !saved || !bb.ok(saved))
      return { status: "error", summary: "The deal could not be agreed; see the calls below." };
    return {
      status: "ok",
      summary: `${t.name} accepted Amina's offer of ${input.offer} per kg. The marketplace quotes ${money(total)} for all ${listing.quantity} kg, and a pickup is booked on ${input.pickupDate}.`,
      records: { appointmentId: pickup.id, quotationTotal: money(total) },
    };
  },

  "market/checkout-escrow": async (s) => {
    // The e-Marketplace keeps the order on the seller's file; the buyer's app never opens it.
    const market = s.as("e-marketplace");
    let t = await trader(market);
    let listing = listingOf(t.data);
    if (!listing?.agreedPrice) {
      // Opened directly: agree the deal first (which lists the produce if needed).
      await s.prerequisite("negotiate");
      t = await trader(market);
      listing = listingOf(t.data);
    }
    if (!listing) return { status: "error", summary: "There is no listing to order from; see the calls below." };
    // Is the lot still there? (After an earlier sale it is not: Raghu lists a fresh lot and agrees the deal again.)
    let stock = await available(s, listing.itemId);
    if (bb.ok(stock.res) && stock.count < listing.quantity) {
      await s.prerequisite("negotiate");
      t = await trader(market);
      listing = listingOf(t.data) ?? listing;
      stock = await available(s, listing.itemId);
    }
    if (!bb.ok(stock.res) || stock.count < listing.quantity)
      return {
        status: "error",
        summary: `Raghu's ${listing.product.toLowerCase()} are no longer in stock, so there is nothing to order; see the calls below.`,
      };
    // Every checkout gets its own order and escrow request, so the journey can be replayed.
    const rtpId = 10_000_000 + Math.floor(Math.random() * 89_999_999);
    const orderId = await nextOrderId(s, t.data, rtpId);
    const escrow: Escrow = { orderId, rtpId };
    const lines = [INVENTORY_LINE(listing.itemId, listing.quantity)];
    const billing = { name: "Amina Yusuf", phone: "+000 555 0103" };
    const tx = crypto.randomUUID();
    const order = { id: orderId, items: lines, billing };
    await bb.marketCall(s, "select", tx, { order });
    await bb.marketCall(s, "init", tx, { order });
    // The price Amina pays is the marketplace's quotation for the order, not a number typed in an app.
    const quote = await s.call("e-marketplace", "POST", "/quotation", {
      body: { id: orderId, items: lines, provider: { id: `prov-${t.nationalId}` }, billing },
    });
    const total = Number((bb.bodyOf(quote).quote as { price?: { value?: string } } | undefined)?.price?.value ?? Number.NaN);
    if (!bb.ok(quote) || !Number.isFinite(total)) return { status: "error", summary: "The marketplace could not price the order; see the calls below." };
    // The e-Marketplace, not the buyer's app, asks Payments to hold the money in escrow.
    const rtp = await bb.requestToPay(market, rtpId, `B${rtpId}`, "+000 555 0103", total);
    const confirm = bb.ok(rtp) ? await bb.marketCall(s, "confirm", tx, { order }) : undefined;
    if (!bb.ok(rtp) || !confirm || !bb.acked(confirm)) {
      const why = refusal(rtp, confirm);
      return {
        status: "unhappy",
        summary: `Amina's payment failed (${why}). The order is not confirmed and stays “awaiting payment”; no money is held and Raghu's stock stays listed.`,
        records: { orderId },
      };
    }
    // Paid: the order is recorded, which holds Raghu's lot for Amina so it cannot be sold twice.
    const placed = await s.call("e-marketplace", "POST", "/orders", { body: { id: orderId, items: lines, provider: { id: `prov-${t.nationalId}` }, billing } });
    if (!bb.ok(placed)) {
      // The lot went in the meantime: the escrow request is turned down, so Amina's money is not held.
      await bb.settleRequestToPay(market, rtpId, "RJC");
      return {
        status: "error",
        summary: `The payment was accepted, but the order could not be recorded (${String(bb.bodyOf(placed).message ?? placed.status)}), so the escrow request was turned down; see the calls below.`,
        records: { orderId },
      };
    }
    const saved = await bb.updateApplication(market, t.file, { escrow });
    if (!bb.ok(saved)) return { status: "error", summary: "The payment went through, but the order could not be saved with the seller; see the calls below." };
    // The order records the payment held in escrow (with Payments' reference), and its delivery, which Raghu takes on.
    const paid = await s.call("e-marketplace", "PUT", `/orders/${orderId}/updatePayment`, {
      body: {
        id: `escrow-${rtpId}`,
        type: "PRE-FULFILLMENT",
        status: "PAID",
        collected_by: "BAP",
        params: { transferRequestId: String(rtpId), amount: money(total), held: "escrow" },
      },
    });
    const fulfilmentId = fulfilmentOf(orderId);
    const delivery = await s.call("e-marketplace", "POST", "/fulfillments/generate", {
      body: {
        id: orderId,
        fulfillments: [
          {
            id: fulfilmentId,
            type: "Delivery",
            customer: { person: { name: billing.name } },
            stops: [
              { type: "start", location: { address: `${t.name}'s farm, ${String(t.data.village ?? "Hosur")}` } },
              { type: "end", location: { address: "Amina's shop, market town" } },
            ],
          },
        ],
      },
    });
    const agent = await s.call("e-marketplace", "PUT", `/fulfillment/${fulfilmentId}/agent/allocate`, {
      body: { id: `prov-${t.nationalId}`, person: { name: t.name }, contact: { phone: t.phone } },
      caller: SELLER_APP,
    });
    if (!bb.ok(paid) || !bb.ok(delivery) || !bb.ok(agent))
      return {
        status: "error",
        summary: "The money is held, but the order's payment or delivery could not be recorded; see the calls below.",
        records: { orderId, transferRequestId: String(rtpId) },
      };
    await bb.sendMessage(
      s,
      [bb.smsAddress("+000 555 0103")],
      "Your delivery code",
      `Paid into escrow: ${money(total)}. Give code ${RELEASE_CODE} to the seller when the goods arrive.`,
    );
    return {
      status: "ok",
      summary: `${money(total)} is held in escrow for order ${orderId}, and Raghu's ${listing.quantity} kg are held for Amina so they cannot be sold twice. Amina received the release code by SMS; Raghu is told to deliver.`,
      records: { orderId, transferRequestId: String(rtpId), fulfillmentId: fulfilmentId },
    };
  },

  "market/deliver-release": async (s) => {
    let t = await trader(s);
    let escrow = escrowOf(t.data);
    const held = escrow ? await escrowHeld(s, escrow) : false;
    if (held === undefined)
      return {
        status: "error",
        summary: `Payments could not say whether the money for ${escrow!.orderId} is still held, so nothing was released or marked delivered; see the calls below.`,
      };
    if (!escrow || !held) {
      // Opened directly, or the last escrow is already settled: check out a new order first.
      await s.prerequisite("checkout-escrow");
      t = await trader(s);
      escrow = escrowOf(t.data);
      if (!escrow || !(await escrowHeld(s, escrow)))
        return { status: "error", summary: "There is no payment held in escrow to release, and a new checkout did not go through; see the calls below." };
    }
    const right = String(s.input.releaseCode).trim() === RELEASE_CODE;
    // Settle first: nothing is reported delivered or released unless the money really moved. Workflow
    // releases (or refuses) the escrow once the delivery code is checked.
    const settle = await bb.settleRequestToPay(s.as("workflow"), escrow.rtpId, right ? "COM" : "RJC");
    if (!bb.ok(settle))
      return {
        status: "error",
        summary: `The escrow for ${escrow.orderId} could not be settled, so the order is not marked delivered and nobody was told the money moved; see the calls below.`,
      };
    const tx = crypto.randomUUID();
    const proc = await bb.startProcess(s, "proc-delivery-release", "raghu", { orderId: escrow.orderId, outcome: right ? "released" : "disputed" });
    let delivered = true;
    if (right) {
      // The delivery is done: the order completes, and the sold lot leaves Raghu's stock (the hold is used up).
      const done = await s.call("e-marketplace", "PUT", `/fulfillments/${fulfilmentOf(escrow.orderId)}`, {
        body: { descriptor: { code: "Delivered", name: "Handed over; buyer's code accepted" } },
      });
      const order = await s.call("e-marketplace", "GET", `/orders/${escrow.orderId}`);
      const line = ((Array.isArray(order.body) ? (order.body[0] as { items?: { id: string; quantity?: { selected?: { count?: number } } }[] }) : undefined)
        ?.items ?? [])[0];
      const sold = line ? INVENTORY_LINE(line.id, Number(line.quantity?.selected?.count ?? 0)) : undefined;
      const unblocked = sold ? await s.call("e-marketplace", "POST", "/inventory/item/unblock", { body: sold }) : undefined;
      const removed = sold && unblocked && bb.ok(unblocked) ? await s.call("e-marketplace", "POST", "/inventory/item/remove", { body: sold }) : undefined;
      delivered = bb.ok(done) && bb.ok(order) && !!removed && bb.ok(removed);
    }
    await bb.marketCall(s, "status", tx, { order_id: escrow.orderId });
    await bb.sendMessage(
      s.as("payments"),
      [bb.emailOf("Raghu Patil")],
      right ? "Money released" : "Release refused",
      right
        ? `The buyer's code matched: the escrow for ${escrow.orderId} is released to you.`
        : `The code did not match. The money stays in escrow and a dispute case is open.`,
    );
    if (!delivered)
      return {
        status: "error",
        summary: `The escrow for ${escrow.orderId} is released to Raghu, but the marketplace could not record the delivery; see the calls below.`,
        records: { instanceId: proc.id, orderId: escrow.orderId },
      };
    return right
      ? {
          status: "ok",
          summary: `Code accepted: the escrow for ${escrow.orderId} is released to Raghu, the order is marked delivered and complete, and the sold tomatoes leave his stock.`,
          records: { instanceId: proc.id, orderId: escrow.orderId },
        }
      : {
          status: "unhappy",
          summary: "Wrong code: the money stays in escrow, the order stays open and a dispute case opens for the moderator (step 9).",
          records: { instanceId: proc.id, orderId: escrow.orderId },
        };
  },

  "market/resolve-complaint": async (s) => {
    // The complaint is about Amina's latest order, which the e-Marketplace finds on the seller's file.
    const market = s.as("e-marketplace");
    let t = await trader(market);
    if (!escrowOf(t.data)) {
      await s.prerequisite("deliver-release");
      t = await trader(market);
    }
    const orderId = escrowOf(t.data)?.orderId ?? DEFAULT_ORDER;
    // Amina's complaint comes with the order's history: what was ordered, paid and delivered.
    const history = await s.call("e-marketplace", "GET", `/orders/${orderId}`);
    const tx = crypto.randomUUID();
    const support = await bb.marketCall(s, "support", tx, { support: { order_id: orderId, callback_phone: "+000 555 0103" } });
    const rating = await bb.marketCall(s, "rating", tx, { ratings: [{ rating_category: "Order", id: orderId, value: "2" }] });
    if (!bb.ok(history) || !bb.acked(support) || !bb.acked(rating))
      return { status: "error", summary: "The complaint could not be filed; see the calls below." };
    const o = (Array.isArray(history.body) ? history.body[0] : {}) as { status?: string; fulfillments?: { state?: { descriptor?: { code?: string } } }[] };
    const state =
      o.status === "COMPLETE"
        ? "delivered and paid"
        : o.status === "ACTIVE"
          ? "paid, with the money still in escrow"
          : String(o.status ?? "unknown").toLowerCase();
    return {
      status: "ok",
      summary: `The complaint about order ${orderId} (“${s.input.issue}”) is filed with the order's history (${state}); the moderator got the support contact and the rating.`,
      records: { orderId, orderStatus: String(o.status ?? "") },
    };
  },
};
