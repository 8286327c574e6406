// Consent: an individual gives consent to a data agreement, withdraws it, and a data consumer's
// verification sees the withdrawal; policies are created, read back and listed page by page.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

export function consentScenarios(): CheckDef[] {
  return [
    scenario(
      "consent-revoke-verify",
      "Consent is given, withdrawn, and verification shows the withdrawal",
      ["CON-FN-03", "CON-FN-04", "CON-FN-05", "CON-API-04", "CON-API-05"],
      async (ctx) => {
        const ind = ctx.example("createIndividual");
        const person = await expectCall(
          ctx,
          "POST",
          ind.path,
          { headers: ind.headers, body: { individual: { ...asObj(pick(ind.body, "individual")), externalId: ctx.unique("ext") } } },
          [200, 201],
          "createIndividual",
        );
        const individualId = String(pick(person.body, "individual.id") ?? "");
        expectThat(individualId !== "", "Creating an individual gives no id.", { individual: { id: "…" } }, person.body);
        const give = ctx.example("createConsentRecord");
        const given = await expectCall(
          ctx,
          "POST",
          give.path,
          { headers: give.headers, query: { ...give.query, individualId }, body: give.body },
          [200, 201],
          "createConsentRecord",
        );
        const recordId = String(pick(given.body, "consentRecord.id") ?? "");
        expectThat(pick(given.body, "consentRecord.optIn") === true, "A new consent record is not opted in.", true, pick(given.body, "consentRecord.optIn"));
        const upd = ctx.example("updateConsentRecord");
        await expectCall(
          ctx,
          "PUT",
          `/service/individual/record/consent-record/${recordId}/`,
          { headers: upd.headers, query: upd.query, body: { consentRecord: { ...asObj(pick(given.body, "consentRecord")), optIn: false } } },
          200,
          "updateConsentRecord",
        );
        const check = ctx.example("verificationReadConsentRecord");
        const seen = await expectCall(
          ctx,
          "GET",
          `/service/verification/consent-record/${recordId}/`,
          { headers: check.headers, query: check.query },
          200,
          "verificationReadConsentRecord",
        );
        expectThat(
          pick(seen.body, "consentRecord.optIn") === false,
          "Verification does not see the withdrawal.",
          false,
          pick(seen.body, "consentRecord.optIn"),
        );
        const list = ctx.example("verificationListConsentRecords");
        const mine = await expectCall(ctx, "GET", list.path, { headers: list.headers, query: { individualId } }, 200, "verificationListConsentRecords");
        const records = pick(mine.body, "consentRecords") as unknown[];
        expectThat(
          Array.isArray(records) && records.length === 1 && pick(records[0], "id") === recordId,
          "Filtering consent records by individual does not give exactly this individual's record.",
          [recordId],
          mine.body,
        );
      },
    ),
    scenario(
      "policies-paged",
      "A policy is created and read back; policy lists are paged with offset and limit",
      ["CON-FN-02", "CON-API-02", "CON-API-06"],
      async (ctx) => {
        const create = ctx.example("createPolicy");
        const name = ctx.unique("Policy");
        const made = await expectCall(
          ctx,
          "POST",
          create.path,
          { headers: create.headers, body: { policy: { ...asObj(pick(create.body, "policy")), name } } },
          [200, 201],
          "createPolicy",
        );
        const id = String(pick(made.body, "policy.id") ?? "");
        const read = ctx.example("readPolicy");
        const back = await expectCall(ctx, "GET", `/config/policy/${id}/`, { headers: read.headers }, 200, "readPolicy");
        expectThat(pick(back.body, "policy.name") === name, "The created policy is not what a read returns.", name, pick(back.body, "policy.name"));
        const list = ctx.example("listPolicies");
        const one = await expectCall(ctx, "GET", list.path, { headers: list.headers, query: { offset: "0", limit: "1" } }, 200, "listPolicies");
        const two = await expectCall(ctx, "GET", list.path, { headers: list.headers, query: { offset: "1", limit: "1" } }, 200, "listPolicies");
        const a = pick(one.body, "policies") as unknown[];
        const b = pick(two.body, "policies") as unknown[];
        expectThat(
          Array.isArray(a) && a.length === 1 && Array.isArray(b) && b.length === 1,
          "limit=1 does not give pages of one policy.",
          [1, 1],
          [one.body, two.body],
        );
        expectThat(pick(a[0], "id") !== pick(b[0], "id"), "offset=1 repeats the first page.", "different policies", [pick(a[0], "id"), pick(b[0], "id")]);
      },
    ),
  ];
}
