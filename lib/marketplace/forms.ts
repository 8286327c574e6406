import { z } from "zod";
import { USE_CASE_IDS } from "../content/schema";
import { isHttpUrl } from "./markdown";
import { countryName, DPG_STATUSES, HOSTING_MODELS, LICENCE_TYPES, PRICING_MODELS } from "./options";

// Server-side validation of every vendor form. Messages name the field in plain words.

const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} must be 500 characters or fewer`)
    .transform((v) => v || null)
    .refine((v) => v === null || isHttpUrl(v), `${label} must start with http:// or https://`);

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Name must be 100 characters or fewer"),
  email: z.email("Enter an email address like name@example.org").trim().toLowerCase().max(200),
  password: z.string().min(12, "Password must be at least 12 characters").max(128, "Password must be 128 characters or fewer"),
});
export const signInSchema = z.object({
  email: z.email("Enter an email address like name@example.org").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password"),
});
export const forgotSchema = z.object({ email: z.email("Enter an email address like name@example.org").trim().toLowerCase() });
export const resetSchema = z.object({
  token: z.string().min(10, "The reset link is not valid: ask for a new one"),
  password: z.string().min(12, "Password must be at least 12 characters").max(128, "Password must be 128 characters or fewer"),
});

export const organisationSchema = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name").max(120, "Name must be 120 characters or fewer"),
  website: optionalUrl("Website"),
});

const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]);

/** Parses "KE | Kenya Health Information System | https://..." lines. */
function parseDeployments(text: string, ctx: z.RefinementCtx) {
  const out: { country: string; description: string; url: string | null }[] = [];
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .forEach((line, i) => {
      const [country = "", description = "", url = ""] = line.split("|").map((p) => p.trim());
      const code = country.toUpperCase();
      if (!countryName(code)) ctx.addIssue({ code: "custom", message: `Deployments line ${i + 1}: “${country}” is not a two-letter country code such as KE` });
      else if (description.length < 3 || description.length > 200)
        ctx.addIssue({ code: "custom", message: `Deployments line ${i + 1}: describe the deployment in 3 to 200 characters` });
      else if (url && !isHttpUrl(url)) ctx.addIssue({ code: "custom", message: `Deployments line ${i + 1}: the link must start with http:// or https://` });
      else out.push({ country: code, description, url: url || null });
    });
  if (out.length > 50) ctx.addIssue({ code: "custom", message: "List at most 50 deployments" });
  return out;
}

/** Validates the product details form. `knownBbs` are the BB ids that have a spec. */
export function productSchema(knownBbs: string[]) {
  return z.object({
    name: z.string().trim().min(2, "Enter the product name").max(80, "Product name must be 80 characters or fewer"),
    summary: z.string().trim().min(20, "Summary must be at least 20 characters").max(300, "Summary must be 300 characters or fewer"),
    description: z.string().trim().max(10000, "Description must be 10,000 characters or fewer"),
    website: optionalUrl("Website"),
    sourceUrl: optionalUrl("Source code repository"),
    docsUrl: optionalUrl("Documentation"),
    licence: z
      .string()
      .trim()
      .max(80)
      .transform((v) => v || null)
      .refine(
        (v) => v === null || /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/.test(v),
        "Licence must be an SPDX id such as Apache-2.0, or left empty",
      ),
    licenceType: z.enum(LICENCE_TYPES, { error: "Choose a licence type" }),
    hosting: z.enum(HOSTING_MODELS, { error: "Choose how the product is hosted" }),
    pricing: z.enum(PRICING_MODELS, { error: "Choose a pricing model" }),
    dpgStatus: z.enum(DPG_STATUSES, { error: "Choose a digital public good status" }),
    languages: z
      .string()
      .max(300)
      .transform((v) => [
        ...new Set(
          v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ])
      .refine((v) => v.length <= 30 && v.every((s) => s.length <= 40), "List at most 30 languages, separated by commas"),
    contactEmail: z
      .string()
      .trim()
      .transform((v) => v || null)
      .refine((v) => v === null || z.email().safeParse(v).success, "Contact email must be an email address like name@example.org"),
    versionLabel: z
      .string()
      .trim()
      .max(40, "Version must be 40 characters or fewer")
      .transform((v) => v || null),
    bbs: z.preprocess(list, z.array(z.string()).max(20)).refine((v) => v.every((id) => knownBbs.includes(id)), "Choose Building Blocks from the list"),
    useCases: z.preprocess(list, z.array(z.enum(USE_CASE_IDS, { error: "Choose use cases from the list" })).max(10)),
    deployments: z.string().max(20000).transform(parseDeployments),
  });
}

/** Validates one requirement answer of the self-assessment form. */
export const answerSchema = z.object({
  status: z.enum(["met", "not_met", "na", ""], { error: "Choose met, not met or not applicable" }),
  comment: z.string().trim().max(2000, "Comment must be 2,000 characters or fewer"),
  evidenceUrl: optionalUrl("Evidence link"),
});

export const decisionSchema = z
  .object({
    decision: z.enum(["approve", "request_changes", "reject"], { error: "Choose a decision" }),
    reason: z.string().trim().max(4000, "Reason must be 4,000 characters or fewer"),
    verifiedBbs: z.preprocess(list, z.array(z.string()).max(20)),
  })
  .refine((v) => v.decision === "approve" || v.reason.length >= 5, { path: ["reason"], message: "Give the vendor a reason they can act on" });

/** The ticked box that confirms deleting a draft product. */
export const confirmDeleteSchema = z.object({ confirm: z.literal("yes", { error: "Tick the box to confirm you want to delete this draft" }) });

/**
 * The reviewer's per-requirement comments: fields named "comment.<bbId>.<requirementId>"; empty ones
 * are skipped. At most 2,000 characters each and 300 in all.
 */
export function parseRequirementComments(form: FormData): {
  list: { bbId: string; requirementId: string; comment: string }[];
  errors: Record<string, string>;
} {
  const list: { bbId: string; requirementId: string; comment: string }[] = [];
  const errors: Record<string, string> = {};
  for (const [name, value] of form) {
    const match = /^comment\.([a-z0-9-]{2,60})\.([A-Z0-9-]{3,30})$/.exec(name);
    if (!match || typeof value !== "string" || !value.trim()) continue;
    const comment = value.trim();
    if (comment.length > 2000) errors[name] = `Comment on ${match[2]} must be 2,000 characters or fewer`;
    else list.push({ bbId: match[1]!, requirementId: match[2]!, comment });
  }
  if (list.length > 300) errors.decision = "Comment on at most 300 requirements at once";
  return { list, errors };
}
