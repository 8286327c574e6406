/** A readable (not httpOnly) cookie naming the signed-in account kind, "vendor" or "staff". */
export const ACCOUNT_HINT_COOKIE = "portal_account";

export type AccountHint = "vendor" | "staff";

/** The account kind from a Cookie header string, or null when signed out. */
export function readAccountHint(cookieHeader: string): AccountHint | null {
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === ACCOUNT_HINT_COOKIE && (value === "vendor" || value === "staff")) return value;
  }
  return null;
}
