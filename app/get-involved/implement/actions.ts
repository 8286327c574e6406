"use server";

import { createInterest } from "@/db/interest";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { failed, sent, type FormState } from "@/lib/involvement/form-state";
import { fieldErrors, formDataToObject, interestSchema } from "@/lib/involvement/schemas";
import { alreadyReceived, checkPublicForm } from "@/db/involvement/spam";

const FIELDS = ["country", "organisation", "contactName", "email", "message"] as const;
const ORDER = ["country", "organisation", "contactName", "email", "useCases", "buildingBlocks", "message"];

/** Expression of interest from a ministry or agency. */
export async function submitInterest(_previous: FormState, data: FormData): Promise<FormState> {
  const values = formDataToObject(data, FIELDS, ["useCases", "buildingBlocks"]);
  const spam = await checkPublicForm("implement", data);
  if (spam.kind === "bot") return sent;
  if (spam.kind === "limited") return failed(values, {}, spam.message);

  const parsed = interestSchema(getBuildingBlocks().map((bb) => bb.id)).safeParse(values);
  if (!parsed.success) return failed(values, fieldErrors(parsed.error, ORDER));
  if (await alreadyReceived("implement", data)) return sent;
  createInterest(parsed.data);
  return sent;
}
