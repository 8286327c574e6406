// Digital Registries: a record's life (create, read back, update, list and page, delete) and the
// existence check, on the registry the contract's own examples use.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

export function digitalRegistriesScenarios(): CheckDef[] {
  return [
    scenario(
      "record-lifecycle",
      "A record is created, read back, updated, found by search and deleted",
      ["DR-FN-02", "DR-API-01", "DR-API-02", "DR-API-03"],
      async (ctx) => {
        const create = ctx.example("createRecord");
        const base = create.path.replace(/\/create$/, "");
        const headers = create.headers;
        const content = { ...asObj(pick(create.body, "write.content")) };
        const idKey = Object.keys(content).find((k) => /^id$/i.test(k)) ?? "id";
        const id = ctx
          .unique("EE")
          .replace(/[^A-Za-z0-9]/g, "")
          .slice(0, 20)
          .toUpperCase();
        content[idKey] = id;
        const lastKey = Object.keys(content).find((k) => /lastname/i.test(k));
        await expectCall(ctx, "POST", `${base}/create`, { headers, body: { write: { content } } }, [200, 201], "createRecord");
        const read = await expectCall(ctx, "POST", `${base}/read`, { headers, body: { query: { content: { [idKey]: id } } } }, 200, "readRecord");
        expectThat(pick(read.body, `content.${idKey}`) === id, "The created record is not what a read returns.", { [idKey]: id }, read.body);
        if (lastKey) {
          await expectCall(
            ctx,
            "PUT",
            `${base}/update`,
            { headers, body: { query: { content: { [idKey]: id } }, write: { content: { ...content, [lastKey]: "Updated" } } } },
            [200, 204],
            "updateRecord",
          );
          const again = await expectCall(ctx, "POST", `${base}/read`, { headers, body: { query: { content: { [idKey]: id } } } }, 200, "readRecord");
          expectThat(
            pick(again.body, `content.${lastKey}`) === "Updated",
            "An update is not visible in the next read.",
            "Updated",
            pick(again.body, `content.${lastKey}`),
          );
        }
        const found = await expectCall(ctx, "GET", base, { headers, query: { search: id, filter: idKey } }, 200, "listRecords");
        const results = pick(found.body, "results");
        expectThat(
          Array.isArray(results) && results.some((r) => asObj(r)[idKey] === id),
          "A search for the new record's id does not list it.",
          `results containing ${id}`,
          found.body,
        );
        await expectCall(ctx, "DELETE", `${base}/${encodeURIComponent(id)}/delete`, { headers }, [200, 204], "deleteRecord");
        const gone = await expectCall(ctx, "POST", `${base}/read`, { headers, body: { query: { content: { [idKey]: id } } } }, 404, "readRecord");
        expectThat(typeof pick(gone.body, "detail") === "string", "A read that matches nothing has no detail message.", { detail: "…" }, gone.body);
      },
    ),
    scenario("list-paging", "Lists are paged: pageSize limits a page, count gives the total, next leads on", ["DR-FN-04", "DR-API-01"], async (ctx) => {
      const create = ctx.example("createRecord");
      const base = create.path.replace(/\/create$/, "");
      const all = await expectCall(ctx, "GET", base, { headers: create.headers }, 200, "listRecords");
      const count = Number(pick(all.body, "count"));
      expectThat(count >= 2, "The example registry needs at least two records to test paging.", "count ≥ 2", count);
      const page = await expectCall(ctx, "GET", base, { headers: create.headers, query: { pageSize: "1", page: "1" } }, 200, "listRecords");
      const results = pick(page.body, "results") as unknown[];
      expectThat(
        Array.isArray(results) && results.length === 1,
        "pageSize=1 does not give a page of one record.",
        1,
        Array.isArray(results) ? results.length : page.body,
      );
      expectThat(Number(pick(page.body, "count")) === count, "count is not the total across pages.", count, pick(page.body, "count"));
      expectThat(typeof pick(page.body, "next") === "string", "The first of several pages has no next link.", "a next URL", pick(page.body, "next"));
      const second = await expectCall(ctx, "GET", base, { headers: create.headers, query: { pageSize: "1", page: "2" } }, 200, "listRecords");
      const other = (pick(second.body, "results") as unknown[] | undefined)?.[0];
      expectThat(JSON.stringify(other) !== JSON.stringify(results[0]), "Page 2 repeats page 1.", "a different record", other);
    }),
    scenario("exists", "The existence check answers yes for a stored combination and no otherwise, without the record", ["DR-FN-03"], async (ctx) => {
      const create = ctx.example("createRecord");
      const base = create.path.replace(/\/create$/, "");
      const content = asObj(pick(create.body, "write.content"));
      const idKey = Object.keys(content).find((k) => /^id$/i.test(k)) ?? "id";
      const id = ctx
        .unique("EX")
        .replace(/[^A-Za-z0-9]/g, "")
        .slice(0, 20)
        .toUpperCase();
      await expectCall(
        ctx,
        "POST",
        `${base}/create`,
        { headers: create.headers, body: { write: { content: { ...content, [idKey]: id } } } },
        [200, 201],
        "createRecord",
      );
      const yes = await expectCall(
        ctx,
        "POST",
        `${base}/exists`,
        { headers: create.headers, body: { query: { content: { [idKey]: id } } } },
        200,
        "recordExists",
      );
      const no = await expectCall(
        ctx,
        "POST",
        `${base}/exists`,
        { headers: create.headers, body: { query: { content: { [idKey]: `${id}X` } } } },
        200,
        "recordExists",
      );
      expectThat(
        JSON.stringify(yes.body) !== JSON.stringify(no.body),
        "exists gives the same answer for a stored and an unknown record.",
        "different answers",
        [yes.body, no.body],
      );
      expectThat(
        !JSON.stringify(yes.body).includes(String(Object.values(content).find((v) => typeof v === "string" && v !== content[idKey]) ?? "\u0000")),
        "exists discloses the record's data.",
        "yes/no only",
        yes.body,
      );
    }),
  ];
}
