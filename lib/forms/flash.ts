// A form's answer carried across a redirect in a short-lived cookie, for browsers without JavaScript:
// the form posts to a route, the route redirects back to the page, the page shows the errors and what
// was typed. Compressed (cookies hold about 4 KB); checked when read, since the client can change it.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";

/** The largest cookie value we write; browsers keep at least 4096 bytes per cookie, name and attributes included. */
const MAX_COOKIE_VALUE = 3800;

const text = z.string().max(20_000);
const flashSchema = z.object({
  status: z.enum(["error"]),
  errors: z.record(z.string().max(50), text),
  values: z.record(z.string().max(50), z.union([text, z.array(text).max(100)])),
  message: text.optional(),
  key: z.string().max(100).optional(),
});

/**
 * Encodes an error answer for the cookie. When what was typed is too long to fit, the longest text
 * values are left out and the message says which to enter again, rather than losing the whole answer.
 */
export function encodeFlash(state: FormState, labels: Record<string, string> = {}): string {
  const values = { ...state.values };
  const dropped: string[] = [];
  for (;;) {
    const message = dropped.length
      ? [state.message, `Enter your ${dropped.map((k) => labels[k] ?? k).join(" and ")} again: it was too long to keep.`].filter(Boolean).join(" ")
      : state.message;
    const encoded = deflateRawSync(JSON.stringify({ ...state, values, message })).toString("base64url");
    if (encoded.length <= MAX_COOKIE_VALUE) return encoded;
    const longest = Object.entries(values)
      .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].length > 0)
      .sort((a, b) => b[1].length - a[1].length)[0];
    if (!longest) return deflateRawSync(JSON.stringify({ ...state, values: {}, message })).toString("base64url");
    values[longest[0]] = "";
    dropped.push(longest[0]);
  }
}

/** Decodes a flash cookie; anything that is not one we wrote reads as no answer. */
export function decodeFlash(value: string | undefined): FormState | undefined {
  if (!value || value.length > MAX_COOKIE_VALUE) return undefined;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(inflateRawSync(Buffer.from(value, "base64url"), { maxOutputLength: 200_000 }).toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
