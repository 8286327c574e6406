// Credential management and enrolment of the Identity mock, kept in the namespace's state:
// identities (by UIN), and events (by 16-digit event id) that every operation records, so that
// a block is seen by later calls, an update changes the stored identity, the service history lists
// what was done and an event id returned by one call is readable through GET /events/{eventId}.
import { intParam, now, obj, parseClientJson, q1, str } from "../runtime/respond";
import type { Handler, HandlerContext, MockResponse } from "../types";
import { RESIDENT_UIN } from "./fixtures";
import { credFail, credOk, events, identities, type Identity, type IdentityEvent } from "./model";

/** The OTP the sandbox "sends" for self-service updates. */
export const SANDBOX_OTP = "111111";

function eventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b, i) => (i === 0 ? 1 + (b % 9) : b % 10)).join("");
}

function record(ctx: HandlerContext, e: Omit<IdentityEvent, "eventId" | "timestamp">, id = eventId()): IdentityEvent {
  const ev: IdentityEvent = { eventId: id, timestamp: now(), ...e };
  events(ctx).put(ev.eventId, ev);
  return ev;
}

/** The identity with this UIN or VID (a block whose expiry has passed is lifted on the way). */
function findIdentity(ctx: HandlerContext, id: string): Identity | undefined {
  const all = identities(ctx);
  const found = all.get(id) ?? all.list().find((i) => i.vids.includes(id));
  if (found?.status === "BLOCKED" && found.blockedUntil && Date.parse(found.blockedUntil) <= Date.now()) {
    const lifted: Identity = {
      ...found,
      status: found.statusBeforeBlock ?? "ACTIVATED",
      statusBeforeBlock: undefined,
      blockedUntil: undefined,
      updatedAt: now(),
    };
    all.put(lifted.uin, lifted);
    return lifted;
  }
  return found;
}

function findByRegistration(ctx: HandlerContext, registrationId: string): Identity | undefined {
  return identities(ctx)
    .list()
    .find((i) => i.registrationId === registrationId);
}

const blockedError = (id: string, identity: Identity) =>
  credFail(
    id,
    "identity_blocked",
    `The identity ${identity.uin} is blocked${identity.blockedUntil ? ` until ${identity.blockedUntil}` : ""}; unblock it first.`,
  );

/** The signed-in resident of the self-service operations. */
function resident(ctx: HandlerContext): Identity | undefined {
  return findIdentity(ctx, RESIDENT_UIN);
}

const displayName = (i: Identity) => String(i.identity.fullName ?? i.uin);

// Updates merge into one stored record, which the namespace's record cap does not bound.
const MAX_ATTRIBUTES = 100;
const MAX_DOCUMENTS = 20;

/** The identity with changed attributes and added documents (the latest kept), or why it cannot take them. */
function merged(who: Identity, changes: Record<string, unknown>, documents: NonNullable<Identity["documents"]> = []): Identity | string {
  const identity = { ...who.identity, ...changes };
  if (Object.keys(identity).length > MAX_ATTRIBUTES) return `an identity holds at most ${MAX_ATTRIBUTES} attributes`;
  return { ...who, identity, documents: [...(who.documents ?? []), ...documents].slice(-MAX_DOCUMENTS), updatedAt: now() };
}

function decodeJsonObject(b64: string): Record<string, unknown> | undefined {
  try {
    const parsed = parseClientJson(Buffer.from(b64, "base64").toString("utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const shareCredential: Handler = (ctx) => {
  const ID = "govstack.share.credential";
  const r = obj(obj(ctx.req.body).request);
  const me = resident(ctx);
  if (!me) return credFail(ID, "invalid_individual_id", "The signed-in resident has no identity record in this namespace.");
  if (me.status === "BLOCKED") return blockedError(ID, me);
  if (me.status === "DEACTIVATED") return credFail(ID, "identity_deactivated", `The identity ${me.uin} is deactivated.`);
  const partnerId = String(r.partnerId);
  const attributes = (Array.isArray(r.sharableAttributes) ? r.sharableAttributes : []).map((a) => String(obj(a).attributeName));
  if (r.consent !== "Accepted") {
    record(ctx, {
      eventType: "SHARE_CRED_WITH_PARTNER",
      eventStatus: "FAILED",
      individualId: me.uin,
      summary: `Credential not shared with ${partnerId}: consent rejected`,
      info: { purpose: String(r.purpose), partnerId, partnerName: partnerId, attributeList: attributes.join(", ") },
    });
    return credFail(ID, "consent_rejected", "request.consent: the resident did not accept sharing; nothing was shared.");
  }
  const unknown = attributes.filter((a) => !Object.hasOwn(me.identity, a));
  if (unknown.length) return credFail(ID, "invalid_attribute", `request.sharableAttributes: the identity has no attribute ${unknown.join(", ")}.`);
  const ev = record(ctx, {
    eventType: "SHARE_CRED_WITH_PARTNER",
    eventStatus: "SUCCESS",
    individualId: me.uin,
    summary: `Credential shared with ${partnerId}`,
    info: { purpose: String(r.purpose), partnerId, partnerName: partnerId, attributeList: attributes.join(", ") },
  });
  return credOk(ID, { status: "SUCCESS", eventId: ev.eventId }, { eventId: ev.eventId });
};

const getEvent: Handler = (ctx) => {
  const ev = events(ctx).get(ctx.params.eventId);
  if (!ev) return credFail("govstack.event", "invalid_event_id", `No event ${ctx.params.eventId} in this namespace.`);
  const { eventId: id, eventType, eventStatus, individualId, summary, timestamp, info } = ev;
  return credOk("govstack.event", { eventId: id, eventType, eventStatus, individualId, summary, timestamp, info });
};

/** A one-page PDF naming the card holder (enough for a viewer to open). */
function cardPdf(name: string, uin: string): string {
  // A PDF literal string: its delimiters and escape character are dropped, and anything but printable
  // ASCII (the standard font's range) becomes "?" so that /Length and the xref offsets count bytes.
  const text = `GovStack sandbox identity card - ${name} - UIN ${uin}`.replace(/[()\\]/g, "").replace(/[^\x20-\x7e]/g, "?");
  const content = `BT /F1 14 Tf 40 100 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 500 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

const downloadPersonalizedCard: Handler = (ctx) => {
  const ID = "govstack.download.card";
  const html = String(obj(obj(ctx.req.body).request).html ?? "");
  const decoded = /^[A-Za-z0-9+/=\s]+$/.test(html) ? Buffer.from(html, "base64").toString("utf8") : "";
  if (!/<[a-z!][^<>]*>/i.test(decoded)) return { status: 400, body: "Invalid HTML template: request.html must be base64-encoded HTML." };
  const me = resident(ctx);
  if (!me) return credFail(ID, "invalid_individual_id", "The signed-in resident has no identity record in this namespace.");
  if (me.status === "BLOCKED") return blockedError(ID, me);
  const id = eventId();
  const ev = record(
    ctx,
    {
      eventType: "DOWNLOAD_PERSONALIZED_CARD",
      eventStatus: "SUCCESS",
      individualId: me.uin,
      summary: "Personalised card downloaded",
      info: { downloadCardLink: `/events/${id}` },
    },
    id,
  );
  return {
    status: 200,
    raw: cardPdf(displayName(me), me.uin),
    contentType: "application/pdf",
    headers: { eventId: ev.eventId, "Content-Disposition": `attachment; filename="card-${me.uin}.pdf"` },
  };
};

const updateUin: Handler = (ctx) => {
  const ID = "govstack.update.uin";
  const r = obj(obj(ctx.req.body).request);
  const individualId = String(r.individualId);
  const who = findIdentity(ctx, individualId);
  if (!who) return credFail(ID, "invalid_individual_id", `request.individualId: no identity with ${r.individualIdType} ${individualId}.`);
  if (who.status === "BLOCKED") return blockedError(ID, who);
  if (r.otp !== SANDBOX_OTP || ctx.faults.identityMismatch) {
    record(ctx, {
      eventType: "UPDATE_MY_UIN",
      eventStatus: "FAILED",
      individualId: who.uin,
      summary: "Identity update refused: wrong OTP",
      info: { authenticationMode: "OTP" },
    });
    return credFail(ID, "invalid_otp", `request.otp: the OTP does not match (the sandbox's OTP is ${SANDBOX_OTP}).`);
  }
  const changes = decodeJsonObject(String(r.identityJson));
  if (!changes || !Object.keys(changes).length)
    return credFail(ID, "invalid_input", "request.identityJson: must be base64-encoded JSON of the attributes to change.");
  if ("uin" in changes || "UIN" in changes) return credFail(ID, "invalid_input", "request.identityJson: the UIN itself cannot be changed.");
  const documents = Array.isArray(r.documents) ? r.documents.map((d) => ({ name: str(d, "name"), value: str(d, "value") })) : [];
  const next = merged(who, changes, documents);
  if (typeof next === "string") return credFail(ID, "invalid_input", `request.identityJson: ${next}.`);
  identities(ctx).put(who.uin, next);
  const ev = record(ctx, {
    eventType: "UPDATE_MY_UIN",
    eventStatus: "SUCCESS",
    individualId: who.uin,
    summary: `Identity updated: ${Object.keys(changes).join(", ")}`,
    info: { attributeList: Object.keys(changes).join(", "), authenticationMode: "OTP", partnerTransactionId: String(r.transactionID) },
  });
  return credOk(ID, { status: "REQUEST_RECEIVED", eventId: ev.eventId }, { eventId: ev.eventId });
};

const getServiceHistory: Handler = (ctx) => {
  const ID = "govstack.service.history";
  const from = q1(ctx.query.fromDate) ?? "";
  const to = q1(ctx.query.toDate);
  if (to && to < from) return credFail(ID, "invalid_input", "toDate: must not be before fromDate.", 400);
  const search = (q1(ctx.query.searchText) ?? "").toLowerCase();
  const type = q1(ctx.query.serviceType);
  const status = q1(ctx.query.statusFilter);
  const desc = q1(ctx.query.sortType) === "DESC";
  const rows = events(ctx)
    .list()
    .filter((e) => e.individualId === RESIDENT_UIN)
    .filter((e) => e.timestamp.slice(0, 10) >= from && (!to || e.timestamp.slice(0, 10) <= to))
    .filter((e) => !type || e.eventType === type)
    .filter((e) => !status || e.eventStatus === status)
    .filter((e) => !search || e.eventId.includes(search) || e.summary.toLowerCase().includes(search))
    .sort((a, b) => (desc ? b.timestamp.localeCompare(a.timestamp) : a.timestamp.localeCompare(b.timestamp)));
  const pageSize = intParam(ctx.query.pageFetch, 10, 1, 100);
  const pageNo = intParam(ctx.query.pageStart, 0, 0, 1_000_000);
  const data = rows
    .slice(pageNo * pageSize, (pageNo + 1) * pageSize)
    .map((e) => ({ eventId: e.eventId, eventDescription: e.summary, eventStatus: e.eventStatus, timeStamp: e.timestamp, requestType: e.eventType }));
  return {
    status: 200,
    body: {
      id: ID,
      version: "v1",
      responseTime: now(),
      response: { pageNo, pageSize, totalItems: rows.length, totalPages: Math.ceil(rows.length / pageSize), data },
      errors: [],
    },
  };
};

const updateIdentity: Handler = (ctx) => {
  const ID = "govstack.identity.update";
  const r = obj(obj(ctx.req.body).request);
  const registrationId = String(r.registrationId);
  const who = (typeof r.uin === "string" ? findIdentity(ctx, r.uin) : undefined) ?? findByRegistration(ctx, registrationId);
  if (!who)
    return credFail(ID, "record_not_found", `request: no identity with ${typeof r.uin === "string" ? `uin ${r.uin}` : `registrationId ${registrationId}`}.`);
  const changes = obj(r.identity);
  const documents = Array.isArray(r.documents) ? r.documents.map((d) => ({ category: str(d, "category"), value: str(d, "value") })) : [];
  const status = typeof r.status === "string" ? (r.status as Identity["status"]) : undefined;
  if (!status && !Object.keys(changes).length && !documents.length) return { status: 204 };
  const updated = merged(who, changes, documents);
  if (typeof updated === "string") return credFail(ID, "invalid_input", `request.identity: ${updated}.`);
  const next: Identity = { ...updated, registrationId: who.registrationId ?? registrationId };
  if (status && status !== who.status) {
    next.status = status;
    if (status === "BLOCKED") next.statusBeforeBlock = who.status === "BLOCKED" ? who.statusBeforeBlock : who.status;
    else {
      next.statusBeforeBlock = undefined;
      next.blockedUntil = undefined;
    }
  }
  identities(ctx).put(who.uin, next);
  const what = [status && status !== who.status ? `status ${status}` : "", ...Object.keys(changes)].filter(Boolean).join(", ") || "documents";
  record(ctx, {
    eventType: "UPDATE_IDENTITY",
    eventStatus: "SUCCESS",
    individualId: who.uin,
    summary: `Identity record updated: ${what}`,
    info: { attributeList: Object.keys(changes).join(", ") },
  });
  return credOk(ID, { status: next.status, identity: next.identity, documents: next.documents });
};

function setBlock(block: boolean): Handler {
  return (ctx) => {
    const ID = block ? "govstack.identity.block" : "govstack.identity.unblock";
    const r = obj(obj(ctx.req.body).request);
    const id = String(r.id);
    const idType = String(r.idType);
    const who = findIdentity(ctx, id);
    if (!who || (idType === "UIN" ? who.uin !== id : !who.vids.includes(id)))
      return credFail(ID, "invalid_id", `request.id: no identity with ${idType} ${id}.`);
    if (block) {
      if (who.status === "BLOCKED") return credFail(ID, "already_blocked", `The identity ${who.uin} is already blocked.`);
      const until = typeof r.expiryTimestamp === "string" ? r.expiryTimestamp : undefined;
      if (until !== undefined && Number.isNaN(Date.parse(until)))
        return credFail(ID, "invalid_input", "request.expiryTimestamp: must be an ISO-8601 date-time.", 400);
      identities(ctx).put(who.uin, { ...who, status: "BLOCKED", statusBeforeBlock: who.status, blockedUntil: until, updatedAt: now() });
      record(ctx, {
        eventType: "BLOCK_IDENTITY",
        eventStatus: "SUCCESS",
        individualId: who.uin,
        summary: `Identity blocked${until ? ` until ${until}` : ""} (${idType} ${id})`,
        info: { vidType: idType, vid: id },
      });
      return credOk(ID, { id, idType, status: "BLOCKED", expiryTimestamp: until ?? "" });
    }
    if (who.status !== "BLOCKED") return credFail(ID, "not_blocked", `The identity ${who.uin} is not blocked.`);
    identities(ctx).put(who.uin, {
      ...who,
      status: who.statusBeforeBlock ?? "ACTIVATED",
      statusBeforeBlock: undefined,
      blockedUntil: undefined,
      updatedAt: now(),
    });
    record(ctx, {
      eventType: "UNBLOCK_IDENTITY",
      eventStatus: "SUCCESS",
      individualId: who.uin,
      summary: `Identity unblocked (${idType} ${id})`,
      info: { vidType: idType, vid: id },
    });
    return credOk(ID, { id, idType, status: "UNBLOCKED", expiryTimestamp: "" });
  };
}

/** Demographic fields of an enrolment packet: multilingual JSON lists become their first value. */
function fieldsToIdentity(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    let value: unknown = v;
    if (typeof v === "string" && v.startsWith("[")) {
      try {
        const list = parseClientJson(v);
        if (Array.isArray(list) && list.length) value = obj(list[0]).value ?? v;
      } catch {
        // keep the raw string
      }
    }
    out[k] = value;
  }
  return out;
}

const upsertEnrollment: Handler = (ctx): MockResponse => {
  const body = obj(ctx.req.body);
  const r = obj(body.request);
  const registrationId = String(r.id);
  const fields = fieldsToIdentity(obj(r.fields));
  const existing = findByRegistration(ctx, registrationId);
  if (r.process !== "NEW" && !existing)
    return credFail("govstack.enrollment", "record_not_found", `request.id: no enrolment ${registrationId} to ${String(r.process).toLowerCase()}.`, 404);
  let uin: string;
  if (existing) {
    const next = merged(existing, fields);
    if (typeof next === "string") return credFail("govstack.enrollment", "invalid_input", `request.fields: ${next}.`, 400);
    uin = existing.uin;
    identities(ctx).put(uin, next);
  } else {
    do uin = String(2_000_000_000 + Math.floor(Math.random() * 7_999_999_999)).slice(0, 10);
    while (identities(ctx).get(uin));
    identities(ctx).put(uin, { uin, registrationId, vids: [], status: "ACTIVATED", identity: fields, updatedAt: now() });
  }
  record(ctx, {
    eventType: existing ? "UPDATE_ENROLMENT" : "NEW_ENROLMENT",
    eventStatus: "SUCCESS",
    individualId: uin,
    summary: `Enrolment ${registrationId} ${existing ? "updated" : "created"}`,
    info: { attributeList: Object.keys(fields).join(", ") },
  });
  const packet = {
    id: registrationId,
    packetName: `${registrationId}-id`,
    source: String(r.source ?? "REGISTRATION_CLIENT"),
    process: String(r.process),
    refId: String(r.refId ?? ""),
    schemaVersion: "0.1",
    providerName: "PacketWriterImpl",
    providerVersion: "v1.0",
    creationDate: now(),
  };
  return {
    status: 200,
    body: {
      id: String(body.id ?? "govstack.enrollment"),
      version: String(body.version ?? "v1"),
      responsetime: now(),
      metaData: { data: JSON.stringify({ uin }) },
      response: [packet],
      errors: [],
    },
  };
};

export const credentialHandlers: Record<string, Handler> = {
  shareCredential,
  getEvent,
  downloadPersonalizedCard,
  updateUin,
  getServiceHistory,
  updateIdentity,
  blockIdentity: setBlock(true),
  unblockIdentity: setBlock(false),
  upsertEnrollment,
};

/** Whether the individual is blocked (the linked-authorization flow refuses them). */
export function isBlocked(ctx: HandlerContext, individualId: string): boolean {
  return findIdentity(ctx, individualId)?.status === "BLOCKED";
}
