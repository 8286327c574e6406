// The call for contributors' form posts here (not to a server action) so the CV streams to disk as it
// arrives: a server action would buffer the whole body in memory first, and the page proxy would cut
// it at 10 MB. With JavaScript the form reads the JSON answer; without, it follows a redirect.
import { clientAddressOf, rateLimitAddress } from "@/lib/auth/client-address";
import { encodeFlash } from "@/lib/forms/flash";
import { isForgedOrigin } from "@/lib/forms/origin-check";
import { receiveApplication } from "@/db/involvement/receive-application";
import { CONTRIBUTE_FLASH_COOKIE, CONTRIBUTE_LABELS } from "@/lib/involvement/options";

const PAGE = "/get-involved/contribute";

export async function POST(request: Request): Promise<Response> {
  if (isForgedOrigin(request.headers)) {
    await request.body?.cancel().catch(() => undefined);
    return new Response("Forbidden: this form was sent from another website.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { state, status } = await receiveApplication(request, rateLimitAddress(clientAddressOf(request.headers)));
  if (request.headers.get("accept")?.includes("application/json")) return Response.json(state, { status });

  const headers = new Headers({ location: state.status === "sent" ? `${PAGE}/sent` : PAGE });
  if (state.status === "error") {
    const unread = Object.keys(state.values).length === 0;
    const answer = unread
      ? { ...state, message: [state.message, "Your browser's Back button takes you back to what you typed."].filter(Boolean).join(" ") }
      : state;
    const cookie = `${CONTRIBUTE_FLASH_COOKIE}=${encodeFlash(answer, CONTRIBUTE_LABELS)}; Path=${PAGE}; Max-Age=300; HttpOnly; SameSite=Lax`;
    headers.append("set-cookie", cookie);
  }
  return new Response(null, { status: 303, headers });
}
