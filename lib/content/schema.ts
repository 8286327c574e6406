import { z } from "zod";

/** Ids of the five reference use cases; a use case file is `content/use-cases/<id>.mdx`. */
export const USE_CASE_IDS = [
  "postpartum-infant-care",
  "market-linkage",
  "agricultural-advisory",
  "cash-transfer",
  "remote-learning",
] as const;

export const LAYERS = ["foundational", "common-application", "mediation", "infrastructure"] as const;
export const STATUSES = ["published", "draft", "planned"] as const;
export const LEVELS = ["REQUIRED", "RECOMMENDED", "OPTIONAL"] as const;

const bbId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case kebab-case, e.g. digital-registries");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, "must be a version like 1.0.0");

/** Frontmatter of `content/building-blocks/<id>/index.mdx`. */
export const bbFrontmatterSchema = z
  .object({
    id: bbId,
    title: z.string().min(2).max(80),
    layer: z.enum(LAYERS),
    version: semver,
    status: z.enum(STATUSES),
    summary: z.string().min(20).max(300),
    related: z.array(bbId).default([]),
    useCases: z.array(z.enum(USE_CASE_IDS)).default([]),
    /**
     * Why a published specification has no API contract (e.g. Security and Architecture set rules for every other
     * block rather than offering services of their own). Without it a published BB needs an openapi.yaml.
     */
    noApi: z.string().min(10, "says why this specification has no API of its own").optional(),
    changelog: z
      .array(
        z.strictObject({
          version: semver,
          date: isoDate,
          changes: z.array(z.string().min(3)).min(1),
        }),
      )
      .min(1),
  })
  .strict();

/** One entry of `content/building-blocks/<id>/requirements.yaml`. */
export const requirementSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Z]{2,5}(-[A-Z0-9]{1,6}){1,3}$/, "must look like PAY-FN-01 (upper case, dash-separated)"),
  level: z.enum(LEVELS),
  section: z.enum(["functional", "cross-functional", "api"]),
  text: z.string().min(10),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /**
   * Where the requirement comes from: a GovStack spec version and the section (or anchor) that states it,
   * or a portal addition with the reason we added it.
   */
  source: z
    .union([
      z.strictObject({
        govstack: z.string().regex(/^\d+\.\d+(\.\d+)?$/, "must be the GovStack spec version, e.g. 1.0.0"),
        section: z.string().min(1, "names the GovStack section or anchor, e.g. 6.1.3"),
      }),
      z.strictObject({ portal: z.string().min(10, "says why the portal added this requirement") }),
    ])
    .optional(),
});
export const requirementsFileSchema = z.array(requirementSchema).min(1);

export type BbFrontmatter = z.infer<typeof bbFrontmatterSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Level = (typeof LEVELS)[number];
export type Layer = (typeof LAYERS)[number];
export type UseCaseId = (typeof USE_CASE_IDS)[number];
