// Live progress of a conformance run (polled by the run page while it is queued or running).
import { getRun } from "@/db/conformance";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const run = /^[0-9a-f-]{36}$/.test(id) ? getRun(id) : undefined;
  if (!run) return Response.json({ error: "not_found", message: `No conformance run "${id.slice(0, 60)}".` }, { status: 404 });
  const { status, progressDone, progressTotal, level, passed, failed, digest, finishedAt } = run;
  return Response.json({ id, status, progressDone, progressTotal, level, passed, failed, digest, finishedAt }, { headers: { "Cache-Control": "no-store" } });
}
