// Messaging: a sent email's request id leads to its delivery status; a batch counts its recipients;
// a call without an API key is refused.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

export function messagingScenarios(): CheckDef[] {
  return [
    scenario(
      "send-then-status",
      "A sent email gets a request id, and its status is tracked under that id",
      ["MSG-FN-01", "MSG-FN-04", "MSG-API-01", "MSG-API-02"],
      async (ctx) => {
        const send = ctx.example("sendSingleEmail");
        const sent = await expectCall(ctx, "POST", send.path, { headers: send.headers, body: send.body }, 200, "sendSingleEmail");
        const requestUid = String(pick(sent.body, "requestUid") ?? "");
        expectThat(requestUid !== "", "A sent email has no requestUid.", { requestUid: "…" }, sent.body);
        const status = ctx.example("getEmailStatus");
        const headers = Object.fromEntries(Object.entries(status.headers).map(([k, v]) => [k, /^requestuid$/i.test(k) ? requestUid : v]));
        if (!Object.keys(headers).some((k) => /^requestuid$/i.test(k))) headers.requestUid = requestUid;
        const counts = await expectCall(ctx, "GET", status.path, { headers, query: { status: ["delivered", "bounced"] } }, 200, "getEmailStatus");
        const total = Object.values(asObj(counts.body)).reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
        expectThat(total === 1, "The status of the one email sent does not count it once.", "1 across statuses", counts.body);
        const unknown = await expectCall(
          ctx,
          "GET",
          status.path,
          { headers: { ...headers, requestUid: "00000000-0000-4000-8000-000000000000" }, query: { status: ["delivered"] } },
          [200, 404, 405],
          "getEmailStatus",
        );
        expectThat(
          unknown.status !== 200 || Object.values(asObj(unknown.body)).every((v) => v === 0),
          "An unknown request id shows deliveries.",
          "nothing delivered",
          unknown.body,
        );
      },
    ),
    scenario("batch-recipients", "A batch email to two recipients is accepted for both", ["MSG-FN-02", "MSG-API-01"], async (ctx) => {
      const send = ctx.example("sendBatchEmail");
      const sent = await expectCall(ctx, "POST", send.path, { headers: send.headers, body: send.body }, 200, "sendBatchEmail");
      expectThat(typeof pick(sent.body, "requestUid") === "string", "A batch has no requestUid.", { requestUid: "…" }, sent.body);
    }),
    scenario("key-required", "A send without an API key is refused", ["MSG-CF-01", "MSG-API-04"], async (ctx) => {
      const send = ctx.example("sendSingleEmail");
      const headers = Object.fromEntries(Object.entries(send.headers).filter(([k]) => !/^api[-_]?key$/i.test(k)));
      const refused = await ctx.call("POST", send.path, { headers, body: send.body });
      expectThat(refused.status >= 400 && refused.status < 500, "A send without an API key is accepted.", "a 4xx", refused.status);
    }),
  ];
}
