// Rural Agricultural Advisory Services (AGR-2): the real calls behind each journey step.
import * as bb from "../bb";
import type { ScenarioContext, ScenarioModule } from "../types";

const SERVICE = "svc-advisory-subscription";
const AGREEMENT = "3";

async function farmer(s: ScenarioContext) {
  const a = await bb.registeredApplicant(s, SERVICE, "register-farmer");
  return { ...a, name: String(a.data.fullName ?? "Pendo"), phone: String(a.data.phone ?? "") };
}

export const advisory: ScenarioModule = {
  "advisory/announce-service": async (s) => {
    const { input } = s;
    const proc = await bb.startProcess(s, "proc-outreach-campaign", "grace", { region: input.region, reason: input.reason });
    const alert = await bb.schedule(s, "alert_schedule", {
      name: `Advisory announcement, ${input.region}`,
      target_category: "farmers",
      message: input.message,
    });
    const sent = await bb.sendMessage(
      s,
      [bb.smsAddress("+255 754 000 318"), bb.smsAddress("+000 555 0102")],
      String(input.reason),
      String(input.message),
      true,
    );
    if (!bb.ok(proc.res) || !bb.ok(alert.res) || !bb.ok(sent)) return { status: "error", summary: "The announcement could not go out; see the calls below." };
    return { status: "ok", summary: `The announcement about “${input.reason}” went to farmers in ${input.region}.`, records: { instanceId: proc.id } };
  },

  "advisory/publish-content": async (s) => {
    const { input } = s;
    const proc = await bb.startProcess(s, "proc-content-review", "dr-lina", { crop: input.crop, language: input.language });
    const id = `ADV-${String(input.crop).toUpperCase().slice(0, 5)}-${String(input.publishOn).replace(/-/g, "")}`;
    const rec = await bb.registryUpsert(s, "advisory-content", {
      id,
      crop: String(input.crop).toLowerCase(),
      language: input.language,
      text: input.text,
      author: "Dr. Lina Mwangi",
      published: input.publishOn,
      status: "in-review",
    });
    const ev = await bb.schedule(s, "event", {
      name: `Publish ${input.crop} advice`,
      category: "advisory-release",
      from: `${input.publishOn}T06:00:00Z`,
      content_id: id,
    });
    if (!bb.ok(proc.res) || !bb.ok(rec) || !bb.ok(ev.res)) return { status: "error", summary: "The advice could not be submitted; see the calls below." };
    return {
      status: "ok",
      summary: `The ${input.language} advice on ${String(input.crop).toLowerCase()} is stored as ${id} and goes out on ${input.publishOn} after review.`,
      records: { contentId: id, eventId: ev.id },
    };
  },

  "advisory/register-farmer": async (s) => {
    const { input } = s;
    const nationalId = String(input.nationalId).trim();
    const consent = await bb.recordConsent(s, AGREEMENT, nationalId, input.consent === true);
    const location = consent.optIn ? { village: input.village, farmSizeHa: Number(input.farmSize) } : {};
    const app = await bb.submitApplication(s, SERVICE, nationalId, String(input.fullName), {
      citizenId: nationalId,
      fullName: input.fullName,
      phone: input.phone,
      ...location,
    });
    // Registration writes the new farmer to the farmer registry itself (a BB-to-BB call).
    const rec = await bb.registryUpsert(s.as("registration"), "farmers", {
      id: `FRM-${nationalId}`,
      citizenId: nationalId,
      name: input.fullName,
      phone: input.phone,
      ...location,
    });
    if (!bb.ok(app.res) || !bb.ok(rec)) return { status: "error", summary: "The registration did not complete; see the calls below." };
    const records = { fileId: app.fileId, farmerId: `FRM-${nationalId}` };
    return consent.optIn
      ? { status: "ok", summary: `${input.fullName} is registered (FRM-${nationalId}) with her farm in ${input.village}.`, records }
      : {
          status: "unhappy",
          summary: `${input.fullName} did not share her location. Her profile is saved without it, so she gets advice for her region rather than her exact area.`,
          records,
        };
  },

  "advisory/verify-farmer": async (s) => {
    const f = await farmer(s);
    const consent = await bb.consentGiven(s, f.nationalId, AGREEMENT);
    const id = await bb.registryExists(s, "civil-registry", { id: f.nationalId });
    const land = await bb.registryExists(s, "cadastre", { ownerId: f.nationalId });
    if (!id.found || !land.found) {
      return {
        status: "unhappy",
        summary: `${f.name} is marked unverified (${!id.found ? "no ID match" : "no land parcel"}). General advice still flows, but offers for registered farms stay locked until Grace confirms the farm.`,
      };
    }
    return {
      status: "ok",
      summary: `ID and land parcel confirmed: ${f.name} is a verified farmer${consent.optIn ? "" : " (location not shared, so checks used her ID only)"}.`,
    };
  },

  "advisory/subscribe": async (s) => {
    const f = await farmer(s);
    const taskId = await bb.taskOf(s, f.file.fileId);
    if (!taskId) return { status: "error", summary: "No open subscription task was found." };
    const done = await bb.completeTask(s, taskId, "APPROVED", { crops: s.input.crops, weather: s.input.weather, prices: s.input.prices });
    const sub = await bb.schedule(s, "subscriber", { name: f.name, category: "maize-farmers", phone: f.phone, alert_preference: "sms", crops: s.input.crops });
    await bb.sendMessage(s, [bb.smsAddress(f.phone)], "Subscribed", `You will get weekly tips for ${String(s.input.crops).toLowerCase()}.`);
    if (!bb.ok(done) || !bb.ok(sub.res)) return { status: "error", summary: "The subscription failed; see the calls below." };
    return {
      status: "ok",
      summary: `${f.name} is subscribed to weekly tips for ${String(s.input.crops).toLowerCase()}.`,
      records: { subscriberId: sub.id, taskId },
    };
  },

  "advisory/weekly-tips": async (s) => {
    const f = await farmer(s);
    await bb.scheduleList(s, "event");
    const room = "/r1/eGovStack/GOV/10000008/scheduling";
    const type = await s.call("information-mediator", "GET", `${room}/api/v1/eventType/advice-published`);
    if (type.status !== 200)
      await s.call("information-mediator", "POST", `${room}/api/v1/eventType`, {
        body: { eventType: "advice-published", schema: { type: "object", properties: { crop: { type: "string" }, week: { type: "integer" } } } },
      });
    const pub = await s.call("information-mediator", "POST", `${room}/pub/v1/advice-published`, {
      body: { eventType: "advice-published", event: { crop: "maize", week: 6 } },
    });
    const to = s.unhappy === "delivery-failed" ? [bb.smsAddress(f.phone).replace("@", ".bounce@")] : [bb.smsAddress(f.phone), bb.smsAddress("+000 555 0102")];
    const sent = await bb.sendMessage(s, to, "Maize week 6", String(s.input.tip), true);
    const uid = String((sent.body as Record<string, unknown>)?.requestUid ?? "");
    if (s.unhappy === "delivery-failed") {
      await bb.schedule(s, "alert_schedule", { name: "Retry weekly tip", target_category: "retry", retry_of: uid });
      return {
        status: "unhappy",
        summary: "The tip could not be delivered to Pendo's phone; it is marked as not delivered and a retry is scheduled.",
        records: { requestUid: uid },
      };
    }
    if (!bb.ok(pub) || !bb.ok(sent)) return { status: "error", summary: "The tips could not be sent; see the calls below." };
    return {
      status: "ok",
      summary: "The new advice was published on the Information Mediator and this week's tip went to every subscriber.",
      records: { requestUid: uid },
    };
  },

  "advisory/ask-expert": async (s) => {
    const f = await farmer(s);
    const proc = await bb.startProcess(s, "proc-expert-question", "pendo", { question: s.input.question, farmer: f.nationalId });
    const sent = await bb.sendMessage(s, [bb.emailOf("Kwame")], "Question from a farmer", String(s.input.question));
    if (!bb.ok(proc.res) || !bb.ok(sent)) return { status: "error", summary: "The question could not be routed; see the calls below." };
    return { status: "ok", summary: `Pendo's question reached Kwame, the helpline expert (case ${proc.id}).`, records: { instanceId: proc.id } };
  },

  "advisory/buy-inputs": async (s) => {
    const tx = crypto.randomUUID();
    const order = { id: `ORD-ADV-${tx.slice(0, 6)}`, items: [{ id: "item-fertiliser-npk", quantity: { count: Number(s.input.quantity) } }] };
    await bb.marketCall(s, "search", tx, { intent: { item: { descriptor: { name: String(s.input.product) } } } });
    const confirm = await bb.marketCall(s, "confirm", tx, { order });
    // The e-Marketplace asks Payments for the money; the phone line only confirms the order.
    const rtp = await bb.requestToPay(s.as("e-marketplace"), Math.floor(Math.random() * 1e6) + 1, "INPUTS", "+000 555 0102", 12);
    const visit = s.input.bookVisit
      ? await bb.schedule(s, "appointment", { name: "Field visit", resource_id: "resource_id:502", entity_id: "entity_id:302", from: "2026-03-20T09:00:00Z" })
      : undefined;
    if (!bb.acked(confirm) || !bb.ok(rtp)) {
      return {
        status: "unhappy",
        summary: `The payment failed (insufficient funds): the order is kept as unpaid and the dealer is not asked to deliver.${visit ? " The field visit booking still stands." : ""}`,
        records: { orderId: order.id },
      };
    }
    return {
      status: "ok",
      summary: `${s.input.product} is ordered and paid${visit ? "; a field visit is booked" : ""}.`,
      records: { orderId: order.id, ...(visit ? { appointmentId: visit.id } : {}) },
    };
  },

  "advisory/feedback-evaluate": async (s) => {
    const m = await bb.schedule(s, "message", { name: "Season survey", content: "How many bags did you harvest? Which tip helped most?" });
    const sent = await bb.sendMessage(
      s,
      [bb.smsAddress("+255 754 000 318")],
      "Season survey",
      "Reply with your harvest in bags and the tip that helped most.",
      true,
    );
    const stats = await bb.statistics(s);
    if (!bb.ok(m.res) || !bb.ok(sent) || !bb.ok(stats)) return { status: "error", summary: "The survey could not be sent; see the calls below." };
    const row = Array.isArray(stats.body) ? (stats.body[0] as Record<string, number>) : {};
    return {
      status: "ok",
      summary: `Pendo reported ${s.input.bags} bags (“${s.input.useful}” helped most). Subscriptions processed so far: ${row.processed ?? "?"}.`,
      records: { messageId: m.id },
    };
  },
};
