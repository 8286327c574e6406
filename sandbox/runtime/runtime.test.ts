// Unit tests of the runtime's small pure pieces.
import { describe, expect, test } from "vitest";
import { matches } from "../digital-registries";
import { voucherRule } from "../payments/legacy";
import { regroupQry } from "../scheduling";
import { maskedJson } from "@/sandbox/trace";
import { describeValidation } from "./dispatch";

describe("describeValidation", () => {
  test("names the field of a missing property and of a bad value", () => {
    expect(
      describeValidation([{ instancePath: "/requestBody/write", message: "must have required property 'content'", params: { missingProperty: "content" } }]),
    ).toEqual([{ field: "body.write.content", message: "must have required property 'content'" }]);
    expect(
      describeValidation([{ instancePath: "/query/type", message: "must be equal to one of the allowed values", params: { allowedValues: ["raw"] } }]),
    ).toEqual([{ field: "query.type", message: "must be one of: raw" }]);
  });
});

describe("digital registries matching", () => {
  test("field names match case-insensitively (suite PascalCase vs spec camelCase)", () => {
    expect(matches({ firstName: "Eva", id: "1" }, { FirstName: "Eva", ID: "1" })).toBe(true);
    expect(matches({ firstName: "Eva" }, { FirstName: "Eve" })).toBe(false);
  });
});

describe("scheduler qry regrouping", () => {
  test("bracket, JSON and explicit forms all become one qry object", () => {
    expect(regroupQry({ requestor_id: "a", "details[name]": "Clinic", "details[slots]": '[{"from":"x"}]' }, undefined)).toEqual({
      requestor_id: "a",
      qry: { details: { name: "Clinic", slots: [{ from: "x" }] } },
    });
    expect(regroupQry({ qry: '{"event_filter":{"category":"c"}}' }, undefined)).toEqual({ qry: { event_filter: { category: "c" } } });
    expect(regroupQry({ event_id: "e" }, undefined)).toEqual({ event_id: "e" });
  });
});

describe("trace masking", () => {
  test("hides passwords, tokens, PINs and API keys at any depth", () => {
    const masked = maskedJson({ user: "sona", password: "p", nested: [{ access_token: "t", pin: "1234", name: "x" }], apiKey: "k" });
    expect(masked).not.toMatch(/"p"|"t"|1234|"k"/);
    expect(masked).toContain("sona");
  });
});

describe("legacy voucher rules", () => {
  test("codes 452-464 as the suite expects", () => {
    expect(voucherRule("legacyVoucherPreactivation", { voucher_amount: null, voucher_currency: "AED", voucher_group: "g", Gov_Stack_BB: "x" })?.status).toBe(
      452,
    );
    expect(voucherRule("legacyVoucherPreactivation", { voucher_amount: 1, voucher_currency: "AED", voucher_group: null, Gov_Stack_BB: "x" })?.status).toBe(454);
    expect(voucherRule("legacyVoucherRedemption", { voucher_number: "6004", Gov_Stack_BB: "x", merchant_voucher_group: "insufficient funds" })?.status).toBe(
      462,
    );
    expect(voucherRule("legacyVoucherStatusCheck", undefined, "notAnumber")?.status).toBe(456);
    expect(voucherRule("legacyVoucherStatusCheck", undefined, "5555")).toBeUndefined();
  });
});
