// Validation of the values a visitor sends for a step's screen (built from the content's fields).
import { z } from "zod";
import { fieldPattern, type JourneyStep } from "@/lib/content/use-case-schema";
import type { StepInput } from "./types";

/** A zod schema for one step's screen: each field by its type; unknown fields are refused. */
export function stepInputSchema(step: JourneyStep) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of step.screen.fields) {
    const label = f.label;
    let t: z.ZodType;
    switch (f.type) {
      case "number":
        // An emptied field arrives as "", which plain coercion would read as 0 (a household of nobody).
        t = z.preprocess(
          (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
          z.coerce
            .number({ error: `${label}: enter a number` })
            .min(0, `${label}: must be 0 or more`)
            .max(1_000_000_000, `${label}: is too large`),
        );
        break;
      case "checkbox":
        t = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")], { error: `${label}: must be true or false` });
        break;
      case "date":
        t = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: use a date like 2026-06-01`);
        break;
      case "select":
        t = f.options?.length ? z.enum(f.options as [string, ...string[]], { error: `${label}: choose one of ${f.options.join(", ")}` }) : z.string().max(200);
        break;
      case "readonly":
        t = z.union([z.string(), z.number(), z.boolean()]);
        break;
      case "email":
        t = z.email(`${label}: enter an e-mail address`);
        break;
      default: {
        const text = z
          .string()
          .trim()
          .min(1, { message: `${label}: cannot be empty`, abort: true })
          .max(f.type === "textarea" ? 2000 : 200, `${label}: is too long`);
        // The hint is shown under the field already; the error says what is wrong with the value.
        const format = f.hint ? `must be ${f.hint.charAt(0).toLowerCase()}${f.hint.slice(1).replace(/\.$/, "")}` : "has the wrong format";
        t = f.pattern ? text.regex(fieldPattern(f.pattern), `${label}: ${format}`) : text;
      }
    }
    shape[f.name] = t.optional();
  }
  return z.strictObject(shape);
}

/** The request body of a run: screen values and, optionally, which unhappy path to try. */
export function runRequestSchema(step: JourneyStep, faults: string[]) {
  return z.strictObject({
    input: stepInputSchema(step).default({}),
    unhappy: faults.length
      ? z.enum(faults as [string, ...string[]], { error: `unhappy: must be one of ${faults.join(", ")}` }).optional()
      : z.undefined({ error: "unhappy: this step has no unhappy path" }).optional(),
  });
}

/** Human-readable problems, each naming the field ("input.nationalId: cannot be empty"). */
export function describeInputIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((i) => ({
    field: i.path.join(".") || "body",
    message: i.message.includes(":") ? i.message : `${i.path.join(".") || "body"}: ${i.message}`,
  }));
}

export type { StepInput };
