// Runs once when the server starts: applies the data retention periods shortly after and every six hours, and
// warms the mock BB contracts in the background so the first sandbox call does not pay for compiling
// ten OpenAPI validators.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { applyRetention } = await import("./db/retention");
  const { sweepOrphanLogos } = await import("./db/marketplace/uploads");
  const retain = () => Promise.all([applyRetention(), sweepOrphanLogos()]).catch((error) => console.error("[retention] failed:", error));
  // Not on the way to the first answer: the logo sweep reads the whole catalogue for each stray file.
  setTimeout(() => void retain(), Number(process.env.RETENTION_DELAY_MS ?? 10_000)).unref();
  setInterval(retain, 6 * 3_600_000).unref();

  // Conformance runs left "running" by a previous process are marked interrupted; queued ones start.
  const { kickQueue } = await import("@/conformance/queue");
  kickQueue();

  if (process.env.SANDBOX_WARMUP === "0") return;
  const { getContract } = await import("@/sandbox/runtime/contracts");
  const { BB_IDS } = await import("./sandbox/types");
  // Serve first, warm up after: compiling all contracts takes seconds of CPU, and started at once it
  // delayed the first answer after `npm start` by that much. One contract per turn of the event loop,
  // after the server had time to answer its first requests; a sandbox call compiles its own on demand.
  const warm = async (i: number): Promise<void> => {
    if (i < BB_IDS.length) {
      await getContract(BB_IDS[i]!).catch(() => undefined);
      setTimeout(() => void warm(i + 1), 20).unref();
      return;
    }
    // The reference listing's evidence: real runs against the mocks, once per spec and suite version.
    if (process.env.CONFORMANCE_REFERENCE === "0") return;
    const { ensureReferenceEvidence } = await import("./conformance/reference");
    await ensureReferenceEvidence().catch((error) => console.error("[conformance] reference runs failed:", error));
  };
  setTimeout(() => void warm(0), Number(process.env.SANDBOX_WARMUP_DELAY_MS ?? 5000)).unref();
}
