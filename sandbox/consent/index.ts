// Consent mock: policies, data agreements, individuals, webhooks and consent records, each change
// recorded as a hash-chained revision. Every path ends with "/" (both forms are routed).
import { createHash } from "node:crypto";
import { collection } from "../runtime/collection";
import { intParam, json, now, obj, q1, str } from "../runtime/respond";
import type { Handler, HandlerContext, MockModule, MockResponse } from "../types";

type Doc = Record<string, unknown> & { id: string };
type Revision = {
  id: string;
  schemaName: string;
  objectId: string;
  serializedSnapshot: string;
  serializedHash: string;
  timestamp: string;
  predecessorHash?: string;
  authorizedByOther: string;
  successor: null;
};

const coll = (ctx: HandlerContext, name: string) => collection<Doc>(ctx, name);
const revisions = (ctx: HandlerContext, objectId: string) => collection<Revision>(ctx, `revisions:${objectId}`);
const notFound = (what: string, id: string): MockResponse => json(404, { errorCode: 404, errorDescription: `No ${what} with id "${id}".` });

/** Next numeric id of a collection (the suite and the spec examples use "1", "2", …). */
function nextId(ctx: HandlerContext, name: string): string {
  return String(
    coll(ctx, name)
      .list()
      .reduce((m, d) => Math.max(m, Number(d.id) || 0), 0) + 1,
  );
}

/** Appends a revision to an object's chain and returns it. */
export function revise(ctx: HandlerContext, schemaName: string, doc: Doc): Revision {
  const chain = revisions(ctx, `${schemaName}:${doc.id}`);
  const previous = chain.list().at(-1);
  const serializedSnapshot = JSON.stringify(doc);
  const rev: Revision = {
    id: String(chain.list().length + 1),
    schemaName,
    objectId: doc.id,
    serializedSnapshot,
    serializedHash: createHash("sha256")
      .update((previous?.serializedHash ?? "") + serializedSnapshot)
      .digest("hex"),
    timestamp: now(),
    predecessorHash: previous?.serializedHash,
    authorizedByOther: "sandbox-admin",
    successor: null,
  };
  chain.put(rev.id, rev);
  return rev;
}

function latestRevision(ctx: HandlerContext, schemaName: string, id: string, revisionId?: string): Revision | undefined {
  const chain = revisions(ctx, `${schemaName}:${id}`);
  return revisionId ? chain.get(revisionId) : chain.list().at(-1);
}

function paged<T>(ctx: HandlerContext, items: T[]) {
  const limit = intParam(ctx.query.limit, 10, 1, 100);
  const offset = intParam(ctx.query.offset, 0, 0, 1_000_000);
  const totalPages = Math.max(1, Math.ceil(items.length / limit));
  const currentPage = Math.floor(offset / limit) + 1;
  return {
    items: items.slice(offset, offset + limit),
    pagination: { currentPage, totalItems: items.length, totalPages, limit, hasPrevious: offset > 0, hasNext: offset + limit < items.length },
  };
}

/** CRUD handlers for a versioned configuration object (policy, dataAgreement, individual, webhook). */
function versioned(key: string, collectionName: string, idParam: "policyId" | "dataAgreementId" | "individualId" | "webhookId") {
  const read = (ctx: HandlerContext): MockResponse => {
    const id = ctx.params[idParam];
    const doc = coll(ctx, collectionName).get(id);
    if (!doc) return notFound(key, id);
    const revisionId = q1(ctx.query.revisionId);
    const revision = latestRevision(ctx, key, id, revisionId);
    if (revisionId && !revision) return notFound(`${key} revision`, revisionId);
    return json(200, { [key]: revisionId && revision ? JSON.parse(revision.serializedSnapshot) : doc, revision });
  };
  const create: Handler = (ctx) => {
    const doc = { ...obj(obj(ctx.req.body)[key]), id: nextId(ctx, collectionName) } as Doc;
    coll(ctx, collectionName).put(doc.id, doc);
    return json(200, { [key]: doc, revision: revise(ctx, key, doc) });
  };
  const update: Handler = (ctx) => {
    const id = ctx.params[idParam];
    const existing = coll(ctx, collectionName).get(id);
    if (!existing) return notFound(key, id);
    const doc = { ...existing, ...obj(obj(ctx.req.body)[key]), id } as Doc;
    coll(ctx, collectionName).put(id, doc);
    return json(200, { [key]: doc, revision: revise(ctx, key, doc) });
  };
  const remove: Handler = (ctx) => {
    const id = ctx.params[idParam];
    const existing = coll(ctx, collectionName).get(id);
    if (!existing) return notFound(key, id);
    coll(ctx, collectionName).delete(id);
    return json(200, { revision: revise(ctx, key, { ...existing, deleted: true }) });
  };
  const list =
    (listKey: string): Handler =>
    (ctx) => {
      const { items, pagination } = paged(ctx, coll(ctx, collectionName).list());
      return json(200, { [listKey]: items, pagination });
    };
  return { read, create, update, remove, list };
}

const policy = versioned("policy", "policies", "policyId");
const agreement = versioned("dataAgreement", "agreements", "dataAgreementId");
const individual = versioned("individual", "individuals", "individualId");
const webhook = versioned("webhook", "webhooks", "webhookId");

function newRecord(ctx: HandlerContext, dataAgreementId: string, individualId: string, optIn: boolean): MockResponse {
  const da = coll(ctx, "agreements").get(dataAgreementId);
  if (!da) return notFound("dataAgreement", dataAgreementId);
  const daRevision = latestRevision(ctx, "dataAgreement", dataAgreementId);
  // Fault "consent refused": the individual declines, so the record is saved with optIn false.
  const refused = !!ctx.faults.consentRefused;
  const record: Doc = {
    id: nextId(ctx, "records"),
    dataAgreement: da,
    dataAgreementRevisionHash: daRevision?.serializedHash ?? "",
    individual: coll(ctx, "individuals").get(individualId) ?? { id: individualId },
    optIn: refused ? false : optIn,
    state: "signed",
  };
  coll(ctx, "records").put(record.id, record);
  return json(200, { consentRecord: record, revision: revise(ctx, "consentRecord", record) });
}

const recordsFor = (ctx: HandlerContext) => {
  const individualId = q1(ctx.query.individualId) ?? ctx.req.headers["x-consentbb-individualid"];
  const daId = q1(ctx.query.dataAgreementId);
  return coll(ctx, "records")
    .list()
    .filter((r) => (!individualId || str(r.individual, "id") === individualId) && (!daId || str(r.dataAgreement, "id") === daId));
};

const listRecords: Handler = (ctx) => {
  const { items, pagination } = paged(ctx, recordsFor(ctx));
  return json(200, { consentRecords: items, pagination });
};

const readRecord =
  (withRevision: boolean): Handler =>
  (ctx) => {
    const r = coll(ctx, "records").get(ctx.params.consentRecordId);
    if (!r) return notFound("consentRecord", ctx.params.consentRecordId);
    return json(200, withRevision ? { consentRecord: r, revision: latestRevision(ctx, "consentRecord", r.id) } : { consentRecord: r });
  };

const listAgreements =
  (listKey: string): Handler =>
  (ctx) => {
    const { items, pagination } = paged(ctx, coll(ctx, "agreements").list());
    return json(200, { [listKey]: items, pagination });
  };

export const consent: MockModule = {
  validationError: (issues) => json(400, { errorCode: 400, errorDescription: issues.map((i) => `${i.field}: ${i.message}`).join("; ") }),
  notFound: (req) => json(404, { errorCode: 404, errorDescription: `No Consent endpoint ${req.method} ${req.path}.` }),
  handlers: {
    createPolicy: policy.create,
    readPolicy: policy.read,
    serviceReadPolicy: policy.read,
    updatePolicy: policy.update,
    deletePolicy: policy.remove,
    listPolicies: policy.list("policies"),
    listPolicyRevisions: (ctx) => {
      const doc = coll(ctx, "policies").get(ctx.params.policyId);
      if (!doc) return notFound("policy", ctx.params.policyId);
      const { items, pagination } = paged(ctx, revisions(ctx, `policy:${doc.id}`).list());
      return json(200, { policy: doc, revisions: items, pagination });
    },
    createDataAgreement: agreement.create,
    readDataAgreement: agreement.read,
    serviceReadDataAgreement: agreement.read,
    updateDataAgreement: agreement.update,
    deleteDataAgreement: agreement.remove,
    listDataAgreements: listAgreements("dataAgreement"),
    verificationListDataAgreements: listAgreements("dataAgreements"),
    auditListDataAgreements: listAgreements("dataAgreements"),
    auditReadDataAgreement: (ctx) => {
      const da = coll(ctx, "agreements").get(ctx.params.dataAgreementId);
      return da ? json(200, { dataAgreement: da }) : notFound("dataAgreement", ctx.params.dataAgreementId);
    },
    configCreateIndividual: individual.create,
    createIndividual: individual.create,
    configReadIndividual: individual.read,
    readIndividual: individual.read,
    updateIndividual: individual.update,
    configListIndividuals: individual.list("individuals"),
    listIndividuals: individual.list("individuals"),
    createWebhook: webhook.create,
    readWebhook: webhook.read,
    updateWebhook: webhook.update,
    deleteWebhook: webhook.remove,
    listWebhooks: webhook.list("webhooks"),
    createConsentRecord: (ctx) => newRecord(ctx, ctx.params.dataAgreementId, q1(ctx.query.individualId) ?? "", true),
    readConsentRecordForAgreement: (ctx) => {
      const individualId = q1(ctx.query.individualId);
      const r = coll(ctx, "records")
        .list()
        .filter((x) => str(x.dataAgreement, "id") === ctx.params.dataAgreementId && (!individualId || str(x.individual, "id") === individualId))
        .at(-1);
      return r ? json(200, { consentRecord: r }) : notFound("consentRecord for dataAgreement", ctx.params.dataAgreementId);
    },
    createConsentRecordDraft: (ctx) => {
      const da = coll(ctx, "agreements").get(q1(ctx.query.dataAgreementId) ?? "");
      if (!da) return notFound("dataAgreement", q1(ctx.query.dataAgreementId) ?? "");
      const draft = {
        id: "draft",
        dataAgreement: da,
        dataAgreementRevisionHash: latestRevision(ctx, "dataAgreement", da.id)?.serializedHash ?? "",
        individual: { id: q1(ctx.query.individualId) ?? "" },
        optIn: true,
        state: "unsigned",
      };
      return json(200, { consentRecord: draft });
    },
    createSignedConsentRecord: (ctx) => {
      const body = obj(ctx.req.body);
      const rec = obj(body.consentRecord);
      const res = newRecord(ctx, str(rec.dataAgreement, "id") ?? "", str(rec.individual, "id") ?? "", rec.optIn !== false);
      // A data agreement the body names but that does not exist is a bad request here (the contract documents 200 and 400).
      if (res.status === 404) return { ...res, status: 400, body: { ...obj(res.body), errorCode: 400 } };
      if (res.status !== 200) return res;
      const out = obj(res.body);
      const signed = { ...obj(out.consentRecord), signature: body.signature } as unknown as Doc;
      coll(ctx, "records").put(signed.id, signed);
      return json(200, { consentRecord: signed, revision: out.revision, signature: body.signature });
    },
    listMyConsentRecords: listRecords,
    verificationListConsentRecords: listRecords,
    auditListConsentRecords: listRecords,
    listConsentRecordsForAgreement: (ctx) => {
      const { items, pagination } = paged(
        ctx,
        coll(ctx, "records")
          .list()
          .filter((r) => str(r.dataAgreement, "id") === ctx.params.dataAgreementId),
      );
      return json(200, { consentRecords: items, pagination });
    },
    verificationReadConsentRecord: readRecord(true),
    auditReadConsentRecord: readRecord(false),
    updateConsentRecord: (ctx) => {
      const r = coll(ctx, "records").get(ctx.params.consentRecordId);
      if (!r) return notFound("consentRecord", ctx.params.consentRecordId);
      const patch = obj(obj(ctx.req.body).consentRecord);
      const updated = { ...r, optIn: typeof patch.optIn === "boolean" ? patch.optIn : r.optIn, state: patch.state ?? r.state } as Doc;
      coll(ctx, "records").put(r.id, updated);
      return json(200, { consentRecord: updated, revision: revise(ctx, "consentRecord", updated) });
    },
    createConsentSignature: (ctx) => signature(ctx),
    updateConsentSignature: (ctx) => signature(ctx),
    deleteAllMyConsentRecords: (ctx) => {
      const mine = recordsFor(ctx);
      for (const r of mine) coll(ctx, "records").delete(r.id);
      return json(200, { deleted: mine.length });
    },
  },
};

function signature(ctx: HandlerContext): MockResponse {
  const r = coll(ctx, "records").get(ctx.params.consentRecordId);
  if (!r) return notFound("consentRecord", ctx.params.consentRecordId);
  const sig = obj(obj(ctx.req.body).signature);
  coll(ctx, "records").put(r.id, { ...r, signature: sig, state: "signed" });
  return json(200, { signature: sig });
}
