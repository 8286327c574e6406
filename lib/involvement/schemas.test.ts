import { describe, expect, it } from "vitest";
import { fieldErrors, readForm } from "@/lib/forms/form-state";
import { contributorSchema, feedbackSchema, interestSchema } from "./schemas";

const ORDER = ["firstName", "lastName", "gender", "genderOther", "nationality", "residence", "email", "domains", "motivation"];
const valid = {
  firstName: "Ada",
  lastName: "Lovelace",
  gender: "female",
  nationality: "British",
  residence: "Kenya",
  email: "ada@example.org",
  domains: ["Payments", "GIS"],
  motivation: "I build payment systems.",
};

describe("contributorSchema", () => {
  it("accepts a complete application and trims text", () => {
    const parsed = contributorSchema.parse({ ...valid, firstName: "  Ada " });
    expect(parsed.firstName).toBe("Ada");
    expect(parsed.genderOther).toBeUndefined();
  });

  it("names every missing field in page order", () => {
    const result = contributorSchema.safeParse({ domains: [] });
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrors(result.error!.issues, ORDER))).toEqual([
      "firstName",
      "lastName",
      "gender",
      "nationality",
      "residence",
      "email",
      "domains",
      "motivation",
    ]);
  });

  it("asks for a description only when gender is other", () => {
    const other = contributorSchema.safeParse({ ...valid, gender: "other" });
    expect(fieldErrors(other.error!.issues, ORDER)).toEqual({ genderOther: "Enter how you describe your gender" });
    expect(contributorSchema.parse({ ...valid, gender: "other", genderOther: "Non-binary" }).genderOther).toBe("Non-binary");
    expect(contributorSchema.parse({ ...valid, genderOther: "ignored" }).genderOther).toBeUndefined();
  });

  it("allows 500 characters of motivation, counting a CRLF newline once, and refuses 501", () => {
    expect(contributorSchema.safeParse({ ...valid, motivation: "a".repeat(500) }).success).toBe(true);
    expect(contributorSchema.safeParse({ ...valid, motivation: `${"a".repeat(249)}\r\n${"b".repeat(250)}` }).success).toBe(true);
    const tooLong = contributorSchema.safeParse({ ...valid, motivation: "a".repeat(501) });
    expect(fieldErrors(tooLong.error!.issues, ORDER)).toEqual({ motivation: "Motivation must be 500 characters or fewer" });
  });

  it("refuses a bad email and an unknown domain", () => {
    const result = contributorSchema.safeParse({ ...valid, email: "ada@", domains: ["Knitting"] });
    expect(fieldErrors(result.error!.issues, ORDER)).toEqual({
      email: "Enter an email address in the correct format, like name@example.org",
      domains: "Select your domains of expertise from the list",
    });
  });
});

describe("feedbackSchema", () => {
  const schema = feedbackSchema(["whole", "section", "PAY-FN-01"]);
  it("accepts anonymous feedback on a requirement", () => {
    expect(schema.parse({ target: "PAY-FN-01", comment: " Unclear. ", name: "", email: "" })).toEqual({
      target: "PAY-FN-01",
      comment: "Unclear.",
      name: undefined,
      email: undefined,
      consent: false,
    });
  });
  it("refuses an unknown target, an empty comment, and consent without an email", () => {
    const result = schema.safeParse({ target: "XYZ-01", comment: "  ", consent: "yes" });
    expect(fieldErrors(result.error!.issues, ["target", "comment", "name", "email"])).toEqual({
      target: "Choose what your feedback is about",
      comment: "Enter your feedback",
      email: "Enter your email address so we can contact you, or untick the box",
    });
  });
});

describe("interestSchema", () => {
  const schema = interestSchema(["payments", "identity"]);
  it("accepts an expression of interest and refuses unknown Building Blocks", () => {
    const ok = {
      country: "Rwanda",
      organisation: "Ministry of ICT",
      contactName: "J",
      email: "j@gov.example",
      message: "Hello",
      useCases: ["cash-transfer"],
      buildingBlocks: ["payments"],
    };
    expect(schema.parse(ok).buildingBlocks).toEqual(["payments"]);
    expect(schema.safeParse({ ...ok, buildingBlocks: ["nope"] }).success).toBe(false);
    expect(schema.safeParse({ ...ok, useCases: ["nope"] }).success).toBe(false);
  });
});

describe("readForm", () => {
  it("reads single fields and checkbox groups", () => {
    const form = new FormData();
    form.set("firstName", "Ada");
    form.append("domains", "GIS");
    form.append("domains", "Payments");
    expect(readForm(form, ["domains"])).toEqual({ firstName: "Ada", domains: ["GIS", "Payments"] });
  });
});
