import { z } from "zod";
import { USE_CASE_IDS, type UseCaseId } from "./schema";

/** Journey steps the portal shows per use case (product requirement). */
export const STEP_COUNTS: Record<UseCaseId, number> = {
  "postpartum-infant-care": 7,
  "market-linkage": 9,
  "agricultural-advisory": 9,
  "cash-transfer": 9,
  "remote-learning": 5,
};

/** Steps in the official GovStack texts (EDU-1 numbers "7" twice; the second is "7b"). */
export const OFFICIAL_STEP_COUNTS: Record<UseCaseId, number> = {
  "postpartum-infant-care": 9,
  "market-linkage": 10,
  "agricultural-advisory": 8,
  "cash-transfer": 9,
  "remote-learning": 8,
};

export const SECTORS = ["health", "agriculture", "social-protection", "education"] as const;

/** What kind of screen the actor sees; the player picks a widget per kind. */
export const SCREEN_KINDS = ["form", "ussd", "sms", "list", "dashboard", "app", "email"] as const;

export const FIELD_TYPES = ["text", "tel", "email", "date", "number", "select", "checkbox", "textarea", "readonly"] as const;

/**
 * Unhappy-path faults. The first five are the sandbox's fault switches (issue 4); the others
 * arise from the data the visitor enters (e.g. an age outside the criteria).
 */
export const FAULTS = [
  "consent-refused",
  "identity-mismatch",
  "insufficient-funds",
  "bb-down",
  "bb-slow",
  "payment-failed",
  "not-found",
  "not-eligible",
  "duplicate",
  "rejected",
  "delivery-failed",
  "deadline-missed",
  "wrong-code",
  // An application calls a Building Block it has no access right to; the Information Mediator refuses.
  "access-denied",
] as const;

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case kebab-case, e.g. register-mother");
const bbId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a Building Block id, e.g. digital-registries");
const officialNumber = z.string().regex(/^\d{1,2}b?$/, 'must be an official step number like "3" or "7b"');
const sentence = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A person or system taking part in the journey. Steps name their actors by persona id. */
export const personaSchema = z.strictObject({
  id: kebab,
  name: sentence(2, 60),
  role: sentence(3, 80),
  description: sentence(20, 400),
  /** "system" for registries and other non-human actors. */
  kind: z.enum(["person", "system"]).default("person"),
  /** The phone or computer the persona really has; the player draws their screens on it (default: by screen kind). */
  device: z.enum(["smartphone", "tablet", "basic-phone", "computer"]).optional(),
});

/** One intended call to a mock BB, made through the Information Mediator. */
export const callSchema = z.strictObject({
  bb: bbId,
  method: z.enum(HTTP_METHODS),
  /** Path relative to the BB's base URL, as in its openapi.yaml; may be concrete (`/data/mcts/1.0/create`). */
  path: z.string().regex(/^\/\S*$/, "must start with / and contain no spaces"),
  purpose: sentence(5, 200),
});

/** Whole-value form of a field's pattern (the content writes it without anchors). */
export const fieldPattern = (pattern: string) => new RegExp(`^(?:${pattern})$`);

export const fieldSchema = z
  .strictObject({
    label: sentence(1, 80),
    name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "must be an identifier like nationalId"),
    type: z.enum(FIELD_TYPES),
    example: z.union([z.string(), z.number(), z.boolean()]),
    options: z.array(z.string().min(1)).optional(),
    /** For text fields: the format a value must have, as a regular expression without ^ and $ (e.g. "[A-Z]{2}\\d{12}"). */
    pattern: z.string().min(1).optional(),
    /** What the format is, in plain words; shown under the field and in the error ("two letters, then 12 digits"). */
    hint: sentence(5, 120).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.pattern === undefined) return;
    if (f.type !== "text") ctx.addIssue({ code: "custom", path: ["pattern"], message: "only text fields take a pattern" });
    if (!f.hint) ctx.addIssue({ code: "custom", path: ["hint"], message: "a field with a pattern needs a hint that says the format in words" });
    let re: RegExp;
    try {
      re = fieldPattern(f.pattern);
    } catch {
      return ctx.addIssue({ code: "custom", path: ["pattern"], message: "is not a valid regular expression" });
    }
    if (!re.test(String(f.example))) ctx.addIssue({ code: "custom", path: ["example"], message: `does not match the field's pattern ${f.pattern}` });
  });

export const screenSchema = z.strictObject({
  kind: z.enum(SCREEN_KINDS),
  /** Persona id of the person whose screen this is. */
  actor: kebab,
  title: sentence(3, 100),
  fields: z.array(fieldSchema).min(1),
  /** Label of the button that runs the step, e.g. "Register". */
  action: sentence(2, 40),
});

export const stepSchema = z.strictObject({
  id: kebab,
  title: sentence(5, 90),
  /**
   * What "Play the whole journey" says for this step: one or two short sentences a minister
   * understands (who does what, and why it matters), read aloud by screen readers.
   */
  narration: sentence(20, 200),
  /** Persona ids; the first is the main actor. */
  actors: z.array(kebab).min(1),
  narrative: sentence(80, 900),
  buildingBlocks: z.array(bbId).min(1),
  officialSteps: z.array(officialNumber).min(1),
  /** Why official steps were folded into this step or split across steps. */
  mappingNote: sentence(10, 300).optional(),
  scenario: z.strictObject({
    /** Scenario id the sandbox will run, `<use-case-short>/<step-id>`. */
    name: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must look like "postpartum/register-mother"'),
    calls: z.array(callSchema).min(1),
  }),
  screen: screenSchema,
});

export const unhappyPathSchema = z.strictObject({
  /** Step id where it happens. */
  step: kebab,
  fault: z.enum(FAULTS),
  /** The BB whose answer carries the fault. */
  bb: bbId,
  trigger: sentence(10, 300),
  response: sentence(10, 400),
  /** Screen field values that provoke it, when the data (not a fault switch) causes it. */
  input: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const officialStepSchema = z.strictObject({
  number: officialNumber,
  /** As published (spelling included). */
  title: sentence(3, 100),
  /** A known defect in the official text, shown next to the step. */
  note: sentence(10, 300).optional(),
});

/** Frontmatter of `content/use-cases/<id>.mdx`. Rules that span fields are in the superRefine. */
export const useCaseFrontmatterSchema = z
  .strictObject({
    id: z.enum(USE_CASE_IDS),
    title: sentence(5, 80),
    code: z.string().regex(/^[A-Z]{2,5}-\d+$/, "must be the official code, e.g. HLTC-1"),
    /** The official title when it differs from ours. */
    officialTitle: sentence(5, 100).optional(),
    officialVersion: z.string().regex(/^\d+\.\d+$/, "must be a version like 2.0"),
    officialUrl: z.url().optional(),
    summary: sentence(40, 320),
    sector: z.enum(SECTORS),
    sdgs: z.array(z.number().int().min(1).max(17)).default([]),
    personas: z.array(personaSchema).min(2),
    buildingBlocks: z.array(bbId).min(1),
    /** Defects in the official text that concern the whole use case. */
    officialNotes: z.array(sentence(10, 300)).default([]),
    officialSteps: z.array(officialStepSchema).min(1),
    steps: z.array(stepSchema).min(1),
    unhappyPaths: z.array(unhappyPathSchema).min(1),
  })
  .superRefine((uc, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    const wantSteps = STEP_COUNTS[uc.id];
    if (uc.steps.length !== wantSteps) issue(["steps"], `${uc.id} must have ${wantSteps} steps (found ${uc.steps.length})`);
    const wantOfficial = OFFICIAL_STEP_COUNTS[uc.id];
    if (uc.officialSteps.length !== wantOfficial) {
      issue(["officialSteps"], `${uc.code} has ${wantOfficial} official steps (found ${uc.officialSteps.length})`);
    }

    const official = new Set<string>();
    uc.officialSteps.forEach((o, i) => {
      if (official.has(o.number)) issue(["officialSteps", i, "number"], `official step "${o.number}" is listed twice (write the second 7 as "7b")`);
      official.add(o.number);
    });

    const personas = new Set(uc.personas.map((p) => p.id));
    const stepIds = new Set<string>();
    const covered = new Set<string>();
    uc.steps.forEach((step, i) => {
      if (stepIds.has(step.id)) issue(["steps", i, "id"], `step id "${step.id}" is used twice`);
      stepIds.add(step.id);
      step.actors.forEach((a, j) => {
        if (!personas.has(a)) issue(["steps", i, "actors", j], `"${a}" is not a persona id of this use case`);
      });
      if (!personas.has(step.screen.actor)) issue(["steps", i, "screen", "actor"], `"${step.screen.actor}" is not a persona id of this use case`);
      step.officialSteps.forEach((n, j) => {
        if (!official.has(n)) issue(["steps", i, "officialSteps", j], `"${n}" is not an official step number of ${uc.code}`);
        covered.add(n);
      });
      if (step.officialSteps.length > 1 && !step.mappingNote) {
        issue(["steps", i, "mappingNote"], "needed when a step folds several official steps: say why they belong together");
      }
      step.scenario.calls.forEach((call, j) => {
        if (!step.buildingBlocks.includes(call.bb)) {
          issue(["steps", i, "scenario", "calls", j, "bb"], `"${call.bb}" is called but not listed in this step's buildingBlocks`);
        }
      });
      step.buildingBlocks.forEach((bb, j) => {
        if (!uc.buildingBlocks.includes(bb)) issue(["steps", i, "buildingBlocks", j], `"${bb}" is not in the use case's buildingBlocks`);
      });
    });
    for (const n of official) {
      if (!covered.has(n)) issue(["officialSteps"], `official step ${n} is not covered by any journey step`);
    }
    uc.unhappyPaths.forEach((u, i) => {
      if (!stepIds.has(u.step)) issue(["unhappyPaths", i, "step"], `"${u.step}" is not a step id of this use case`);
    });
  });

export type UseCaseFrontmatter = z.infer<typeof useCaseFrontmatterSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type JourneyStep = z.infer<typeof stepSchema>;
export type ScenarioCall = z.infer<typeof callSchema>;
export type StepScreen = z.infer<typeof screenSchema>;
export type ScreenField = z.infer<typeof fieldSchema>;
export type UnhappyPath = z.infer<typeof unhappyPathSchema>;
export type OfficialStep = z.infer<typeof officialStepSchema>;
export type Fault = (typeof FAULTS)[number];
export type Sector = (typeof SECTORS)[number];
