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
/** GovStack numbers its spec releases 1.0, 1.0.2 or 3.0-alpha. */
export const govstackVersion = z
  .string()
  .regex(/^\d+\.\d+(\.\d+)?(-[a-z0-9.]+)?$/, "must be the GovStack spec version, e.g. 1.0.2 or 3.0-alpha");

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
        govstack: govstackVersion,
        /** One or more items of GovStack's requirement list, e.g. "6.1 #3", "6.1 #3, 5", "5.1.1; 6.2 #1" (see govstack.ts). */
        section: z.string().min(1, "names the GovStack item(s), e.g. 6.1 #3 (third requirement under 6.1) or 5.1.1 (a heading)"),
      }),
      z.strictObject({ portal: z.string().min(10, "says why the portal added this requirement") }),
    ])
    .optional(),
});
export const requirementsFileSchema = z.array(requirementSchema).min(1);

/**
 * `content/building-blocks/<id>/govstack.yaml`: facts about GovStack's own spec of this BB, for
 * coverage. `items` maps each requirement item of GovStack's sections 5 and 6 to its level, in
 * GovStack's order: "6.1 #3" is the third item with a level under heading 6.1; "5.1.1" a heading
 * that states a level itself. Regenerate with `npm run govstack:items -- <clone> <bb-id>`.
 */
export const govstackSpecSchema = z.strictObject({
  repository: z.string().regex(/^GovStackWorkingGroup\/bb-[a-z-]+$/, "must be GovStackWorkingGroup/bb-<name>"),
  version: govstackVersion,
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, "must be the git commit read (7 to 40 hex digits)"),
  read: isoDate,
  items: z
    .record(z.string().regex(/^\d+(\.\d+)*( #\d+[b-z]?)?$/, "item keys look like 6.1 #3, 6.1 #3b (a line's second item) or 5.1.1"), z.enum(LEVELS))
    .refine((items) => Object.keys(items).length > 0, "lists at least one item"),
});
export type GovstackSpec = z.infer<typeof govstackSpecSchema>;

export type BbFrontmatter = z.infer<typeof bbFrontmatterSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Level = (typeof LEVELS)[number];
export type Layer = (typeof LAYERS)[number];
export type UseCaseId = (typeof USE_CASE_IDS)[number];
