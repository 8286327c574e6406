import { z } from "zod";
import { USE_CASE_IDS } from "@/lib/content/schema";
import { countCharacters } from "@/lib/forms/form-state";
import { COMMENT_MAX, EXPERTISE_DOMAINS, MESSAGE_MAX, MOTIVATION_MAX } from "./options";

const text = (required: string, max: number, tooLong: string) =>
  z
    .string({ error: required })
    .transform((s) => s.replace(/\r\n/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, required)
        .refine((s) => countCharacters(s) <= max, tooLong),
    );

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() || undefined)
    .pipe(z.string().max(max, tooLong).optional());

const emailSchema = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.org"));

/**
 * Feedback on a specification. `allowedTargets` are "whole", "section" and the BB's requirement ids.
 */
export function feedbackSchema(allowedTargets: readonly string[]) {
  return z
    .object({
      target: z.string({ error: "Choose what your feedback is about" }).refine((t) => allowedTargets.includes(t), "Choose what your feedback is about"),
      comment: text("Enter your feedback", COMMENT_MAX, `Feedback must be ${COMMENT_MAX} characters or fewer`),
      name: optionalText(100, "Name must be 100 characters or fewer"),
      email: z
        .string()
        .optional()
        .transform((s) => s?.trim() || undefined)
        .pipe(
          z.email("Enter an email address in the correct format, like name@example.org").max(254, "Email address must be 254 characters or fewer").optional(),
        ),
      consent: z
        .string()
        .optional()
        .transform((v) => v === "yes"),
    })
    .superRefine((value, ctx) => {
      if (value.consent && !value.email) {
        ctx.addIssue({
          code: "custom",
          path: ["email"],
          message: "Enter your email address so we can contact you, or untick the box",
        });
      }
    });
}

/** The call for contributors, without the CV (checked separately from the file's bytes). */
export const contributorSchema = z
  .object({
    firstName: text("Enter your first name", 100, "First name must be 100 characters or fewer"),
    lastName: text("Enter your last name", 100, "Last name must be 100 characters or fewer"),
    gender: z.enum(["male", "female", "other"], { error: "Select your gender" }),
    genderOther: optionalText(100, "Your description must be 100 characters or fewer"),
    nationality: text("Enter your nationality", 100, "Nationality must be 100 characters or fewer"),
    residence: text("Enter your country of residence", 100, "Country of residence must be 100 characters or fewer"),
    email: emailSchema("Enter your email address"),
    domains: z
      .array(z.enum(EXPERTISE_DOMAINS, { error: "Select your domains of expertise from the list" }), {
        error: "Select at least one domain of expertise",
      })
      .min(1, "Select at least one domain of expertise"),
    motivation: text("Enter your motivation", MOTIVATION_MAX, `Motivation must be ${MOTIVATION_MAX} characters or fewer`),
  })
  .superRefine((value, ctx) => {
    if (value.gender === "other" && !value.genderOther) {
      ctx.addIssue({ code: "custom", path: ["genderOther"], message: "Enter how you describe your gender" });
    }
  })
  .transform((value) => ({ ...value, genderOther: value.gender === "other" ? value.genderOther : undefined }));

/** Expression of interest from a ministry or agency. BB ids are checked against the content by the caller. */
export function interestSchema(bbIds: readonly string[]) {
  return z.object({
    country: text("Enter your country", 100, "Country must be 100 characters or fewer"),
    organisation: text("Enter your ministry or agency", 200, "Organisation must be 200 characters or fewer"),
    contactName: text("Enter the contact person's name", 100, "Name must be 100 characters or fewer"),
    email: emailSchema("Enter an email address"),
    useCases: z.array(z.enum(USE_CASE_IDS, { error: "Select use cases from the list" })).default([]),
    buildingBlocks: z.array(z.string().refine((id) => bbIds.includes(id), "Select Building Blocks from the list")).default([]),
    message: text("Enter a message", MESSAGE_MAX, `Message must be ${MESSAGE_MAX} characters or fewer`),
  });
}
