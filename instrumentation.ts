// Warms the mock BB contracts in the background after the server starts, so the first sandbox
// call does not pay for compiling ten OpenAPI validators.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SANDBOX_WARMUP === "0") return;
  const { getContract } = await import("./sandbox/runtime/contracts");
  const { BB_IDS } = await import("./sandbox/types");
  setTimeout(async () => {
    for (const bb of BB_IDS) await getContract(bb).catch(() => undefined);
  }, 500);
}
