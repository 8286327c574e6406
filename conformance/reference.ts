// Evidence for the reference listing: at first start (and after a spec or suite version change) the
// suites run against the portal's own mocks, in-process, in a namespace of their own. Real runs,
// stored like any other; nothing is written by hand.
import { insertReferenceRun, referenceRunsMissing } from "@/db/conformance";
import { referenceProductId } from "@/db/seed/conformance-reference";
import { BB_IDS, type BbId } from "@/sandbox/types";
import { runSuite, type Transport } from "./runner";

/** Calls the mocks in-process through the same edge as HTTP requests (handleMockHttp). */
export const inProcessTransport: Transport = async (req) => {
  const { handleMockHttp } = await import("@/sandbox/http");
  const res = await handleMockHttp(new Request(req.url, { method: req.method, headers: req.headers, body: req.body }));
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
};

/** Runs the missing reference suites and stores their evidence. Returns the BBs it ran. */
export async function ensureReferenceEvidence(): Promise<BbId[]> {
  const productId = referenceProductId();
  if (!productId) return [];
  const missing = referenceRunsMissing(productId, BB_IDS) as BbId[];
  for (const bb of missing) {
    const ns = `reference-${bb}`.slice(0, 48);
    const { openNamespace, resetNamespace } = await import("@/sandbox/namespaces");
    openNamespace(ns);
    resetNamespace(ns);
    const report = await runSuite({ bb, baseUrl: `http://portal.internal/mock/ns/${ns}/${bb}`, transport: inProcessTransport, maxDurationMs: 300_000 });
    insertReferenceRun(productId, report);
  }
  return missing;
}
