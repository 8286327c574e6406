"use server";

import { createInterest } from "@/db/interest";
import { alreadyReceived } from "@/db/involvement/spam";
import { publicForm, spamCheck } from "@/components/forms/form-action";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { sent } from "@/lib/forms/form-state";
import { interestSchema } from "@/lib/involvement/schemas";

const ORDER = ["country", "organisation", "contactName", "email", "useCases", "buildingBlocks", "message"];

/** Expression of interest from a ministry or agency. */
export const submitInterest = publicForm()
  .use(spamCheck("implement"))
  .input(() => interestSchema(getBuildingBlocks().map((bb) => bb.id)), { lists: ["useCases", "buildingBlocks"], order: ORDER })
  .action(async ({ input, form }) => {
    if (!(await alreadyReceived("implement", form))) createInterest(input);
    return sent();
  });
