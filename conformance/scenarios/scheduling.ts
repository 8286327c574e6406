// Scheduling: an event is created (its id answered as a JSON string), found by id, changed, listed
// with only the fields asked for, and deleted.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

const qry = (value: unknown) => JSON.stringify(value);

export function schedulingScenarios(): CheckDef[] {
  return [
    scenario(
      "event-lifecycle",
      "An event is created, listed by id, changed and deleted",
      ["SCH-FN-01", "SCH-API-01", "SCH-API-02", "SCH-API-03"],
      async (ctx) => {
        const create = ctx.example("createEvent");
        const details = { ...asObj(pick(JSON.parse(create.query.qry ?? "{}"), "details")), name: ctx.unique("Clinic day") };
        const made = await expectCall(
          ctx,
          "POST",
          "/event/new",
          { headers: create.headers, query: { ...create.query, qry: qry({ details }) } },
          200,
          "createEvent",
        );
        const id = made.body;
        expectThat(typeof id === "string" && id.length > 0, "A created event's id is not answered as a JSON string.", '"event_id:…"', made.text);
        const list = ctx.example("listEventDetails");
        const byId = { ...list.query, qry: qry({ event_filter: { event_id: [id] } }) };
        const found = await expectCall(ctx, "GET", "/event/list_details", { headers: list.headers, query: byId }, 200, "listEventDetails");
        expectThat(
          Array.isArray(found.body) && (found.body as unknown[]).length === 1 && pick(found.body, "0.details.name") === details.name,
          "Listing by the new event's id does not give that event.",
          details.name,
          found.body,
        );
        const modify = ctx.example("modifyEvent");
        await expectCall(
          ctx,
          "PUT",
          "/event/modifications",
          { headers: modify.headers, query: { ...modify.query, event_id: String(id), qry: qry({ details: { name: `${details.name} (moved)` } }) } },
          200,
          "modifyEvent",
        );
        const changed = await expectCall(ctx, "GET", "/event/list_details", { headers: list.headers, query: byId }, 200, "listEventDetails");
        expectThat(
          pick(changed.body, "0.details.name") === `${details.name} (moved)`,
          "A change is not visible in the next list.",
          `${details.name} (moved)`,
          pick(changed.body, "0.details.name"),
        );
        const del = ctx.example("deleteEvent");
        await expectCall(ctx, "DELETE", "/event", { headers: del.headers, query: { ...del.query, event_id: String(id) } }, 200, "deleteEvent");
        const gone = await expectCall(ctx, "GET", "/event/list_details", { headers: list.headers, query: byId }, 200, "listEventDetails");
        expectThat(Array.isArray(gone.body) && (gone.body as unknown[]).length === 0, "A deleted event is still listed.", [], gone.body);
      },
    ),
    scenario("required-fields", "A list returns only the fields the caller marks as required", ["SCH-FN-11"], async (ctx) => {
      const list = ctx.example("listEventDetails");
      const res = await expectCall(
        ctx,
        "GET",
        "/event/list_details",
        { headers: list.headers, query: { ...list.query, qry: qry({ event_required: { name: true } }) } },
        200,
        "listEventDetails",
      );
      const rows = (res.body as unknown[]) ?? [];
      expectThat(
        rows.length > 0 && rows.every((r) => Object.keys(asObj(pick(r, "details"))).every((k) => k === "name")),
        "Rows carry fields that were not asked for.",
        "details with name only",
        rows.slice(0, 2),
      );
    }),
  ];
}
