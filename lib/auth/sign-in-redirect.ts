import { safeReturnPath } from "./return-path";

/** The /sign-in address for an old sign-in URL, keeping a safe `next` and the notices. */
export function signInRedirect(query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  const next = safeReturnPath(query.next);
  if (next) params.set("next", next);
  if (query.reset) params.set("reset", "1");
  if (query.signedOut) params.set("signedOut", "1");
  const qs = params.toString();
  return qs ? `/sign-in?${qs}` : "/sign-in";
}
