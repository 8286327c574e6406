"use server";

import { createFeedback } from "@/db/feedback";
import { alreadyReceived } from "@/db/involvement/spam";
import { publicForm, spamCheck } from "@/components/forms/form-action";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { failed } from "@/lib/forms/form-state";
import { feedbackSchema } from "@/lib/involvement/schemas";

const ORDER = ["target", "comment", "name", "email", "consent"];

/** Stores feedback on one specification. No login needed; honeypot and rate limit apply. */
export const submitFeedback = publicForm()
  // The bound bbId comes back from the browser, so it is checked like any other input.
  .use(({ values }, [bbId]) => (typeof bbId === "string" && getBuildingBlock(bbId) ? undefined : failed(values, {}, "This specification does not exist.")))
  .use(spamCheck("feedback"))
  .input((_ctx, [bbId]) => feedbackSchema(["whole", "section", ...getBuildingBlock(bbId as string)!.requirements.map((r) => r.id)]), { order: ORDER })
  .action(async ({ input, form }, bbId: string) => {
    if (await alreadyReceived("feedback", form)) return {};
    const { consent, ...rest } = input;
    createFeedback({ bbId, ...rest, consentToContact: consent });
    return { revalidate: [[`/building-blocks/${bbId}`, "layout"]] };
  });
