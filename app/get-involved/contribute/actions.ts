"use server";

import { createApplication } from "@/db/applications";
import { checkCvFile, cleanFileName } from "@/lib/involvement/cv-file";
import { failed, sent, type FormState } from "@/lib/involvement/form-state";
import { CV_MAX_BYTES } from "@/lib/involvement/options";
import { contributorSchema, fieldErrors, formDataToObject } from "@/lib/involvement/schemas";
import { checkPublicForm } from "@/lib/involvement/spam";

const FIELDS = ["firstName", "lastName", "gender", "genderOther", "nationality", "residence", "email", "motivation"] as const;
const ORDER = [...FIELDS.slice(0, 7), "domains", "motivation", "cv"];

/** The call for expert contributors: validates every field and the CV's real type, then stores both. */
export async function submitApplication(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formDataToObject(data, FIELDS, ["domains"]);
  const spam = await checkPublicForm("contribute", data);
  if (spam.kind === "bot" || spam.kind === "duplicate") return sent;
  if (spam.kind === "limited") return failed(values, {}, spam.message);

  const parsed = contributorSchema.safeParse(values);
  const errors = parsed.success ? {} : fieldErrors(parsed.error, ORDER);

  const cv = data.get("cv");
  let checked: Awaited<ReturnType<typeof checkCvFile>> | undefined;
  let bytes: Uint8Array | undefined;
  // An empty file input arrives as an empty file; an empty file is no CV either.
  if (!(cv instanceof File) || cv.size === 0) {
    errors.cv = "Select your CV";
  } else if (cv.size > CV_MAX_BYTES) {
    errors.cv = "The CV must be smaller than 50 MB";
  } else {
    bytes = new Uint8Array(await cv.arrayBuffer());
    checked = await checkCvFile(bytes);
    if (!checked.ok) errors.cv = checked.message;
  }

  if (!parsed.success || errors.cv || !checked?.ok || !bytes || !(cv instanceof File)) {
    const ordered = Object.fromEntries(ORDER.filter((k) => errors[k]).map((k) => [k, errors[k]!]));
    return failed(values, ordered);
  }

  await createApplication({
    ...parsed.data,
    genderOther: parsed.data.genderOther,
    cvBytes: bytes,
    cvExt: checked.ext,
    cvMime: checked.mime,
    cvSize: bytes.byteLength,
    cvOriginalName: cleanFileName(cv.name, checked.ext),
  });
  return sent;
}
