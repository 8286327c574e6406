"use server";

import { revalidatePath } from "next/cache";
import { createFeedback } from "@/db/feedback";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { failed, sent, type FormState } from "@/lib/involvement/form-state";
import { feedbackSchema, fieldErrors, formDataToObject } from "@/lib/involvement/schemas";
import { alreadyReceived, checkPublicForm } from "@/db/involvement/spam";

const FEEDBACK_FIELDS = ["target", "comment", "name", "email", "consent"] as const;

/** Stores feedback on one specification. No login needed; honeypot and rate limit apply. */
export async function submitFeedback(bbId: string, _previous: FormState, data: FormData): Promise<FormState> {
  const values = formDataToObject(data, FEEDBACK_FIELDS);
  // The bound bbId comes back from the browser, so it is checked like any other input.
  const bb = typeof bbId === "string" ? getBuildingBlock(bbId) : undefined;
  if (!bb) return failed(values, {}, "This specification does not exist.");

  const spam = await checkPublicForm("feedback", data);
  if (spam.kind === "bot") return sent;
  if (spam.kind === "limited") return failed(values, {}, spam.message);

  const targets = ["whole", "section", ...bb.requirements.map((r) => r.id)];
  const parsed = feedbackSchema(targets).safeParse(values);
  if (!parsed.success) return failed(values, fieldErrors(parsed.error, FEEDBACK_FIELDS));

  if (await alreadyReceived("feedback", data)) return sent;
  const { consent, ...rest } = parsed.data;
  createFeedback({ bbId: bb.id, ...rest, consentToContact: consent });
  revalidatePath(`/building-blocks/${bb.id}`, "layout");
  return sent;
}
