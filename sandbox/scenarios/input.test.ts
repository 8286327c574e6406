// A step's screen input is checked per field, including the formats the content gives some fields.
import { expect, test } from "vitest";
import { fieldSchema } from "@/lib/content/use-case-schema";
import { getStep, getUseCase } from "@/lib/content/use-cases";
import { describeInputIssues, stepInputSchema } from "./input";

const registerMother = getStep(getUseCase("postpartum-infant-care")!, "2")!;

test("a national ID must have the format the hint states; the error names the field once", () => {
  const schema = stepInputSchema(registerMother);
  expect(schema.safeParse({ nationalId: "EE378129127223" }).success).toBe(true);
  for (const bad of ["<script>alert(1)</script>", "EE37812912722", "ee378129127223"]) {
    const result = schema.safeParse({ nationalId: bad });
    expect(result.success).toBe(false);
    expect(describeInputIssues(result.error!)).toEqual([{ field: "nationalId", message: "National ID number: must be two capital letters then 12 digits" }]);
  }
  const empty = schema.safeParse({ nationalId: "" });
  expect(describeInputIssues(empty.error!)).toEqual([{ field: "nationalId", message: "National ID number: cannot be empty" }]);
});

test("the content schema refuses a pattern the example does not match, a pattern without hint, and a broken pattern", () => {
  const field = { label: "Code", name: "code", type: "text", example: "12345" };
  expect(fieldSchema.safeParse({ ...field, pattern: "\\d{5}", hint: "Five digits from the letter" }).success).toBe(true);
  const messages = (input: object) => fieldSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  expect(messages({ ...field, pattern: "\\d{6}", hint: "Six digits from the letter" })).toEqual(["example: does not match the field's pattern \\d{6}"]);
  expect(messages({ ...field, pattern: "\\d{5}" })).toEqual(["hint: a field with a pattern needs a hint that says the format in words"]);
  expect(messages({ ...field, pattern: "(", hint: "Five digits from the letter" })).toEqual(["pattern: is not a valid regular expression"]);
});

test("an emptied number field is refused, not read as 0", () => {
  const register = getStep(getUseCase("cash-transfer")!, "2")!;
  const schema = stepInputSchema(register);
  const result = schema.safeParse({ members: "" });
  expect(describeInputIssues(result.error!)).toEqual([{ field: "members", message: "Household members: enter a number" }]);
  expect(schema.safeParse({ members: "5" }).data).toEqual({ members: 5 });
});

test("unknown fields and negative numbers are refused, each with a message naming the field", () => {
  const register = getStep(getUseCase("cash-transfer")!, "2")!;
  const schema = stepInputSchema(register);
  const unknown = schema.safeParse({ members: "3", isAdmin: "true" });
  expect(unknown.success).toBe(false);
  expect(describeInputIssues(unknown.error!).map((i) => i.field)).toEqual(["body"]);
  expect(JSON.stringify(unknown.error!.issues)).toContain("isAdmin");
  for (const bad of ["-1", -3, "-0.5"]) {
    const negative = schema.safeParse({ members: bad });
    expect(describeInputIssues(negative.error!)).toEqual([{ field: "members", message: "Household members: must be 0 or more" }]);
  }
  expect(schema.safeParse({ members: 0 }).success).toBe(true);
});
