import "server-only";
import { createApplication } from "@/db/applications";
import { readMultipart, type StreamedForm } from "@/lib/http/multipart";
import { isReplayedSubmission } from "@/db/replay";
import { checkCvFile, cleanFileName } from "@/lib/involvement/cv-file";
import { failed, fieldErrors, sent, type FormState } from "@/lib/forms/form-state";
import { CV_MAX_BYTES } from "@/lib/involvement/options";
import { contributorSchema } from "@/lib/involvement/schemas";
import { formRateLimit } from "./spam";
import { discardIncoming, openIncoming } from "@/lib/involvement/uploads";

const FIELDS = ["firstName", "lastName", "gender", "genderOther", "nationality", "residence", "email", "motivation"] as const;
const ORDER = [...FIELDS.slice(0, 7), "domains", "motivation", "cv"];
const TOO_BIG = "The CV must be smaller than 50 MB";
// A CV a little over 50 MB is still read (and thrown away as it arrives) so the answer can keep what was
// typed; a body much larger than any CV is cut off unread.
const MAX_BODY_BYTES = 2 * CV_MAX_BYTES;

export type Received = { state: FormState; status: number };

/**
 * Receives the call for contributors (multipart, from the form with or without JavaScript). In order:
 * the sender's rate limit, before any of the body is read; the body, streamed, the CV straight to disk
 * with the 50 MB limit enforced as it arrives; the honeypot; every field and the CV's real type; a
 * replayed submission (answered as sent, stored once). Nothing is kept unless all of it passes.
 */
export async function receiveApplication(request: Request, ip: string): Promise<Received> {
  const limited = formRateLimit("contribute", ip);
  if (limited) {
    await request.body?.cancel().catch(() => undefined);
    return { state: failed({}, {}, limited), status: 429 };
  }

  const form = await readMultipart(request, { fileField: "cv", maxFileBytes: CV_MAX_BYTES, maxBodyBytes: MAX_BODY_BYTES, openFile: openIncoming });
  if (form === "too-large") return { state: failed({}, { cv: TOO_BIG }), status: 413 };
  if (form === "malformed") return { state: failed({}, {}, "The form could not be read. Send it again from the page."), status: 400 };

  const cv = form.file;
  try {
    if (first(form, "website")?.trim()) return { state: sent(), status: 200 };
    const values = formValues(form);
    const parsed = contributorSchema.safeParse(values);
    const errors = parsed.success ? {} : fieldErrors(parsed.error.issues, ORDER);
    const checked = !cv?.path || cv.size === 0 ? undefined : cv.tooBig ? undefined : await checkCvFile(cv.path);
    if (!cv?.path || cv.size === 0) errors.cv = "Select your CV";
    else if (cv.tooBig) errors.cv = TOO_BIG;
    else if (checked && !checked.ok) errors.cv = checked.message;

    if (!parsed.success || !checked?.ok || !cv?.path) {
      const ordered = Object.fromEntries(ORDER.filter((k) => errors[k]).map((k) => [k, errors[k]!]));
      return { state: failed(values, ordered), status: cv?.tooBig ? 413 : 400 };
    }
    const fingerprint: [string, string | { name: string; size: number; type: string }][] = [
      ...[...form.fields].flatMap(([key, list]) => list.map((value): [string, string] => [key, value])),
      ["cv", { name: cv.name, size: cv.size, type: checked.mime }],
    ];
    if (isReplayedSubmission("contribute", ip, fingerprint)) return { state: sent(), status: 200 };

    await createApplication({
      ...parsed.data,
      cvIncoming: cv.path,
      cvExt: checked.ext,
      cvMime: checked.mime,
      cvSize: cv.size,
      cvOriginalName: cleanFileName(cv.name, checked.ext),
    });
    return { state: sent(), status: 201 };
  } finally {
    // Adopted files were renamed away; anything still incoming is not kept.
    if (cv?.path) await discardIncoming(cv.path);
  }
}

const first = (form: StreamedForm, name: string) => form.fields.get(name)?.[0];

function formValues(form: StreamedForm): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const field of FIELDS) {
    const value = first(form, field);
    if (value !== undefined) out[field] = value;
  }
  out.domains = form.fields.get("domains") ?? [];
  return out;
}
