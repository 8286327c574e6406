// The evidence bundle of a finished run: its report exactly as stored and digested (SHA-256 in a header and on the run page).
import { getRunEvidence } from "@/db/conformance";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const evidence = /^[0-9a-f-]{36}$/.test(id) ? getRunEvidence(id) : undefined;
  if (!evidence) return Response.json({ error: "not_found", message: "No finished conformance run with this id." }, { status: 404 });
  return new Response(evidence.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="conformance-${evidence.report.bb}-${id.slice(0, 8)}.json"`,
      "X-Evidence-SHA256": evidence.digest,
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
