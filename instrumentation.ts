// Runs once when the server starts: applies the data retention periods now and every six hours, and
// warms the mock BB contracts in the background so the first sandbox call does not pay for compiling
// ten OpenAPI validators.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { applyRetention } = await import("./db/retention");
  const { sweepOrphanLogos } = await import("./db/marketplace/uploads");
  const retain = () =>
    Promise.all([applyRetention(), sweepOrphanLogos()]).catch((error) => console.error("[retention] failed:", error));
  void retain();
  setInterval(retain, 6 * 3_600_000).unref();

  if (process.env.SANDBOX_WARMUP === "0") return;
  const { getContract } = await import("./sandbox/runtime/contracts");
  const { BB_IDS } = await import("./sandbox/types");
  // Serve first, warm up after: compiling all contracts takes seconds of CPU, and started at once it
  // delayed the first answer after `npm start` by that much. One contract per turn of the event loop,
  // after the server had time to answer its first requests; a sandbox call compiles its own on demand.
  const warm = async (i: number) => {
    if (i >= BB_IDS.length) return;
    await getContract(BB_IDS[i]!).catch(() => undefined);
    setTimeout(() => void warm(i + 1), 20).unref();
  };
  setTimeout(() => void warm(0), Number(process.env.SANDBOX_WARMUP_DELAY_MS ?? 5000)).unref();
}
