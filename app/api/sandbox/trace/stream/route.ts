// Live trace as server-sent events: one "exchange" event per new trace entry (oldest first).
// Capped per client and in total (each stream holds a connection and polls once a second), and ended
// after TRACE_STREAM_LIMITS.maxAgeMs: EventSource reconnects by itself and resumes from Last-Event-ID.
import { clientAddress } from "@/sandbox/client-address";
import { jsonResponse, resolveNamespace } from "@/sandbox/control";
import { TRACE_STREAM_LIMITS, acquireTraceStream, readTrace } from "@/sandbox/trace";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const r = resolveNamespace(request);
  if ("error" in r) return jsonResponse({ error: "bad_request", message: r.error }, 400);
  const slot = acquireTraceStream(clientAddress(request.headers));
  if ("refused" in slot) return jsonResponse({ error: "too_many_requests", message: slot.refused }, 429, { "Retry-After": "30" });
  const ns = r.ns;
  const lastEventId = Number.parseInt(request.headers.get("last-event-id") ?? "", 10);
  let last = Number.isFinite(lastEventId) ? lastEventId : (readTrace(ns, 1)[0]?.id ?? 0);
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | undefined;
  let ender: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearInterval(timer);
    clearTimeout(ender);
    slot.release();
  };
  const stream = new ReadableStream({
    start(controller) {
      const end = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
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
          end();
        }
      };
      timer = setInterval(tick, 1000);
      ender = setTimeout(end, TRACE_STREAM_LIMITS.maxAgeMs);
      request.signal.addEventListener("abort", end);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", Connection: "keep-alive" } });
}
