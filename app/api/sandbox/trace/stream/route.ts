// Live trace as server-sent events: one "exchange" event per new trace entry (oldest first).
import { jsonResponse, resolveNamespace } from "@/sandbox/control";
import { readTrace } from "@/sandbox/trace";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  const ns = r.ns;
  const lastEventId = Number.parseInt(request.headers.get("last-event-id") ?? "", 10);
  let last = Number.isFinite(lastEventId) ? lastEventId : (readTrace(ns, 1)[0]?.id ?? 0);
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`retry: 2000\n: trace of ${ns}\n\n`));
      const tick = () => {
        try {
          const fresh = readTrace(ns, 50, last).reverse();
          for (const e of fresh) {
            controller.enqueue(encoder.encode(`id: ${e.id}\nevent: exchange\ndata: ${JSON.stringify(e)}\n\n`));
            last = e.id;
          }
          if (!fresh.length) controller.enqueue(encoder.encode(": keep-alive\n\n"));
        } catch {
          clearInterval(timer);
          controller.close();
        }
      };
      timer = setInterval(tick, 1000);
      request.signal.addEventListener("abort", () => {
        clearInterval(timer);
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", Connection: "keep-alive" } });
}
