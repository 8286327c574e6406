// Market Linkage (AGR-1): the real calls behind each journey step.
import {
  acked, consentGiven, emailOf, latestApplication, marketCall, ok, recordConsent, registryExists, registryRead, registryUpsert, requestToPay,
  requestToPayStatus, schedule, sendMessage, settleRequestToPay, signIn, smsAddress, startProcess, submitApplication, updateApplication, bodyOf,
} from "../bb";
import type { CallResult } from "../../client";
import type { ScenarioContext, ScenarioModule } from "../types";

const SERVICE = "svc-farmer-marketplace";
const AGREEMENT = "2";
/** The order of this journey (each checkout of it gets its own escrow request). */
const DEFAULT_ORDER = "ORD-2026-0612";
/** The release code sent to the buyer by SMS in the checkout step (synthetic). */
export const RELEASE_CODE = "482913";

async function trader(s: ScenarioContext) {
  let file = await latestApplication(s, SERVICE);
  if (!file) {
    await s.prerequisite("register-trader");
    file = await latestApplication(s, SERVICE);
  }
  if (!file) throw new Error("registration prerequisite failed");
  const data = (file.applicationData?.formData as { data?: Record<string, unknown> } | undefined)?.data ?? {};
  return { file, nationalId: file.applicantId, name: String(data.fullName ?? "Raghu"), phone: String(data.phone ?? ""), data };
}

type Escrow = { orderId: string; rtpId: number };

/** The escrow of the latest checkout, kept on the seller's file (so a step opened directly finds it). */
function escrowOf(data: Record<string, unknown>): Escrow | undefined {
  const e = data.escrow as Partial<Escrow> | undefined;
  return e && typeof e.orderId === "string" && typeof e.rtpId === "number" ? { orderId: e.orderId, rtpId: e.rtpId } : undefined;
}

/** Whether the request to pay behind an escrow is still pending (money held, not yet released or refused). */
async function escrowHeld(s: ScenarioContext, e: Escrow) {
  // Workflow, which releases the escrow, asks Payments whether the money is still held.
  const r = await requestToPayStatus(s.as("workflow"), e.rtpId);
  return ok(r) && bodyOf(r).requestStatus === "PND";
}

/** Why a payment was refused, from the answers themselves (not assumed). */
function refusal(rtp: CallResult, confirm?: CallResult): string {
  const text = JSON.stringify([rtp.body, confirm?.body ?? null]).toLowerCase();
  if (/insufficient/.test(text)) return "insufficient funds";
  if (!ok(rtp)) return `the payment provider answered ${rtp.status}`;
  return "the marketplace did not confirm the order";
}

export const market: ScenarioModule = {
  "market/invite-traders": async (s) => {
    const { input } = s;
    const proc = await startProcess(s, "proc-outreach-campaign", "joseph", { region: input.region, audience: input.audience });
    const alert = await schedule(s, "alert_schedule", { name: `Marketplace campaign, ${input.region}`, target_category: input.audience, alert_datetime: `${input.startDate}T08:00:00Z` });
    const sent = await sendMessage(s, [smsAddress("+91 99020 55511"), smsAddress("+000 555 0103")], "A new marketplace for your harvest", `Sell and buy farm goods safely. Campaign in ${input.region} from ${input.startDate}.`, true);
    if (!ok(proc.res) || !ok(alert.res) || !ok(sent)) return { status: "error", summary: "The campaign could not start; see the calls below." };
    return { status: "ok", summary: `The campaign in ${input.region} is running (process ${proc.id}) and the first invitations went out.`, records: { instanceId: proc.id, alertScheduleId: alert.id } };
  },

  "market/register-trader": async (s) => {
    const { input } = s;
    const nationalId = String(input.nationalId).trim();
    await signIn(s, "marketplace-app", false);
    const consent = await recordConsent(s, AGREEMENT, nationalId, input.consent === true);
    if (!consent.optIn) {
      return { status: "unhappy", summary: `${input.fullName} did not agree to the checks against the ID, tax and land registries. Sign-up stops here and nothing else is stored: the marketplace needs those checks to protect buyers.`, records: { consentRecordId: consent.recordId } };
    }
    const app = await submitApplication(s, SERVICE, nationalId, String(input.fullName), { citizenId: nationalId, fullName: input.fullName, phone: input.phone, role: input.role, village: input.village });
    // Registration writes the approved sign-up to the farmer registry itself (a BB-to-BB call).
    const rec = await registryUpsert(s.as("registration"), "farmers", { id: `FRM-${nationalId}`, citizenId: nationalId, name: input.fullName, phone: input.phone, role: input.role, village: input.village });
    const prov = await s.call("e-marketplace", "POST", "/catalog/Provider", { body: { id: `prov-${nationalId}`, descriptor: { name: String(input.fullName) } } });
    if (!ok(app.res) || !ok(rec) || !ok(prov)) return { status: "error", summary: "Sign-up did not complete; see the calls below." };
    return { status: "ok", summary: `${input.fullName} has an account, a farmer-registry record (FRM-${nationalId}) and a seller profile on the marketplace.`, records: { fileId: app.fileId, farmerId: `FRM-${nationalId}`, providerId: `prov-${nationalId}` } };
  },

  "market/verify-trader": async (s) => {
    const t = await trader(s);
    const consent = await consentGiven(s, t.nationalId, AGREEMENT);
    const id = await registryExists(s, "civil-registry", { id: t.nationalId });
    const land = await registryRead(s, "cadastre", { ownerId: t.nationalId });
    if (!consent.optIn) return { status: "unhappy", summary: `There is no consent from ${t.name} to run the checks, so none of them counts.` };
    if (!id.found || !land.record) {
      return { status: "unhappy", summary: `${!id.found ? "The ID registry has no match. " : ""}${!land.record ? "The land cadastre has no parcel for him. " : ""}${t.name} can still buy, but cannot list produce until an extension agent confirms his farm.` };
    }
    return { status: "ok", summary: `ID confirmed and parcel ${String(land.record.id)} (${String(land.record.areaHa)} ha) found: ${t.name} is a verified seller.`, records: { parcelId: String(land.record.id) } };
  },

  "market/build-profile": async (s) => {
    const t = await trader(s);
    const { input } = s;
    const upd = await updateApplication(s, t.file, { businessName: input.businessName, crops: input.crops, delivery: input.delivery, priceAlerts: input.priceAlerts, weatherAlerts: input.weatherAlerts });
    const alerts = [input.priceAlerts && "prices", input.weatherAlerts && "weather"].filter(Boolean).join(" and ") || "no";
    await sendMessage(s, [smsAddress(t.phone)], "Your profile is ready", `${input.businessName}: you will get ${alerts} alerts.`);
    if (!ok(upd)) return { status: "error", summary: "The profile could not be saved; see the calls below." };
    return { status: "ok", summary: `“${input.businessName}” is saved with ${alerts} alerts.`, records: { fileId: t.file.fileId } };
  },

  "market/list-produce": async (s) => {
    const t = await trader(s);
    const { input } = s;
    const itemId = `item-${String(input.product).toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${t.nationalId.slice(-4)}`;
    const item = await s.call("e-marketplace", "POST", "/catalog/Item", {
      body: { id: itemId, descriptor: { name: String(input.product), short_desc: `${input.quantity} kg from ${t.name}` }, price: { currency: "INR", value: String(input.price) }, provider_id: `prov-${t.nationalId}`, quantity: { available: { count: Number(input.quantity) } } },
    });
    const tx = crypto.randomUUID();
    const search = await marketCall(s, "search", tx, { intent: { item: { descriptor: { name: String(input.product) } } } });
    const onSearch = await marketCall(s, "on_search", tx, { catalog: { descriptor: { name: "Sandbox marketplace" }, providers: [{ id: `prov-${t.nationalId}`, items: [bodyOf(item)] }] } });
    if (!ok(item) || !acked(search) || !acked(onSearch)) return { status: "error", summary: "The listing could not be published; see the calls below." };
    return { status: "ok", summary: `${input.quantity} kg of ${String(input.product).toLowerCase()} at ${input.price} per kg are listed; Amina's search finds them.`, records: { itemId } };
  },

  "market/negotiate": async (s) => {
    const { input } = s;
    // The buyer's app never sees the seller's file: the e-Marketplace looks up where to pass the offer.
    const t = await trader(s.as("e-marketplace"));
    const sent = await sendMessage(s, [smsAddress(t.phone)], `Offer from Amina: ${input.offer} per kg`, String(input.message));
    const pickup = await schedule(s, "appointment", { name: "Pickup of tomatoes", entity_id: "entity_id:302", from: `${input.pickupDate}T10:00:00Z`, buyer: "Amina", seller: t.name });
    if (!ok(sent) || !ok(pickup.res)) return { status: "error", summary: "The offer could not be sent; see the calls below." };
    return { status: "ok", summary: `Amina's offer of ${input.offer} per kg reached ${t.name}, and a pickup is booked on ${input.pickupDate}.`, records: { appointmentId: pickup.id } };
  },

  "market/checkout-escrow": async (s) => {
    const { input } = s;
    // The e-Marketplace keeps the order on the seller's file; the buyer's app never opens it.
    const market = s.as("e-marketplace");
    const t = await trader(market);
    // Every checkout gets its own escrow request, so the journey can be replayed.
    const rtpId = 10_000_000 + Math.floor(Math.random() * 89_999_999);
    const escrow: Escrow = { orderId: DEFAULT_ORDER, rtpId };
    const tx = crypto.randomUUID();
    const order = { id: escrow.orderId, items: [{ id: "item-tomatoes", quantity: { count: 500 } }], billing: { name: "Amina Yusuf" } };
    await marketCall(s, "select", tx, { order });
    await marketCall(s, "init", tx, { order });
    // The e-Marketplace, not the buyer's app, asks Payments to hold the money in escrow.
    const rtp = await requestToPay(market, rtpId, `B${rtpId}`, "+000 555 0103", Number(input.total));
    const confirm = ok(rtp) ? await marketCall(s, "confirm", tx, { order }) : undefined;
    if (!ok(rtp) || !confirm || !acked(confirm)) {
      const why = refusal(rtp, confirm);
      return { status: "unhappy", summary: `Amina's payment failed (${why}). The order is not confirmed and stays “awaiting payment”; no money is held and Raghu's stock stays listed.`, records: { orderId: escrow.orderId } };
    }
    const saved = await updateApplication(market, t.file, { escrow });
    if (!ok(saved)) return { status: "error", summary: "The payment went through, but the order could not be saved with the seller; see the calls below." };
    await sendMessage(s, [smsAddress("+000 555 0103")], "Your delivery code", `Paid into escrow: ${input.total}. Give code ${RELEASE_CODE} to the seller when the goods arrive.`);
    return { status: "ok", summary: `${input.total} is held in escrow for order ${escrow.orderId}. Amina received the release code by SMS; Raghu is told to deliver.`, records: { orderId: escrow.orderId, transferRequestId: String(rtpId) } };
  },

  "market/deliver-release": async (s) => {
    let t = await trader(s);
    let escrow = escrowOf(t.data);
    if (!escrow || !(await escrowHeld(s, escrow))) {
      // Opened directly, or the last escrow is already settled: check out a new order first.
      await s.prerequisite("checkout-escrow");
      t = await trader(s);
      escrow = escrowOf(t.data);
      if (!escrow || !(await escrowHeld(s, escrow))) return { status: "error", summary: "There is no payment held in escrow to release, and a new checkout did not go through; see the calls below." };
    }
    const right = String(s.input.releaseCode).trim() === RELEASE_CODE;
    // Settle first: nothing is reported delivered or released unless the money really moved. Workflow
    // releases (or refuses) the escrow once the delivery code is checked.
    const settle = await settleRequestToPay(s.as("workflow"), escrow.rtpId, right ? "COM" : "RJC");
    if (!ok(settle)) return { status: "error", summary: `The escrow for ${escrow.orderId} could not be settled, so the order is not marked delivered and nobody was told the money moved; see the calls below.` };
    const tx = crypto.randomUUID();
    const proc = await startProcess(s, "proc-delivery-release", "raghu", { orderId: escrow.orderId, outcome: right ? "released" : "disputed" });
    await marketCall(s, "status", tx, { order_id: escrow.orderId });
    await sendMessage(s.as("payments"), [emailOf("Raghu Patil")], right ? "Money released" : "Release refused", right ? `The buyer's code matched: the escrow for ${escrow.orderId} is released to you.` : `The code did not match. The money stays in escrow and a dispute case is open.`);
    return right
      ? { status: "ok", summary: `Code accepted: the escrow for ${escrow.orderId} is released to Raghu.`, records: { instanceId: proc.id, orderId: escrow.orderId } }
      : { status: "unhappy", summary: "Wrong code: the money stays in escrow and a dispute case opens for the moderator (step 9).", records: { instanceId: proc.id, orderId: escrow.orderId } };
  },

  "market/resolve-complaint": async (s) => {
    const tx = crypto.randomUUID();
    const orderId = DEFAULT_ORDER;
    const support = await marketCall(s, "support", tx, { support: { order_id: orderId, callback_phone: "+000 555 0103" } });
    const rating = await marketCall(s, "rating", tx, { ratings: [{ rating_category: "Order", id: orderId, value: "2" }] });
    if (!acked(support) || !acked(rating)) return { status: "error", summary: "The complaint could not be filed; see the calls below." };
    return { status: "ok", summary: `The complaint about order ${orderId} (“${s.input.issue}”) is filed; the moderator got the support contact and the rating.`, records: { orderId: orderId } };
  },
};
