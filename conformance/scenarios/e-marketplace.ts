// e-Marketplace: a catalogue item is added, read back, changed and removed; a buyer's search is
// acknowledged in the beckn envelope, and a malformed one is refused with NACK.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

export function eMarketplaceScenarios(): CheckDef[] {
  return [
    scenario("catalog-lifecycle", "A catalogue item is added, read back, updated and removed", ["EMKT-FN-01", "EMKT-API-05"], async (ctx) => {
      const add = ctx.example("addCatalogResource");
      const resource = add.path.split("/")[2] ?? "Item";
      const id = ctx.unique("item");
      const made = await expectCall(
        ctx,
        "POST",
        `/catalog/${resource}`,
        { headers: add.headers, body: { ...asObj(add.body), id } },
        [200, 201],
        "addCatalogResource",
      );
      expectThat(pick(made.body, "id") === id, "The added item does not keep its id.", id, pick(made.body, "id"));
      const got = await expectCall(ctx, "GET", `/catalog/${resource}/${id}`, { headers: add.headers }, 200, "getCatalogResource");
      expectThat(pick(got.body, "id") === id, "The item read back is not the one added.", id, got.body);
      const upd = ctx.example("updateCatalogResource");
      const changed = { ...asObj(got.body), ...asObj(upd.body), id };
      await expectCall(ctx, "PUT", `/catalog/${resource}/${id}`, { headers: upd.headers, body: changed }, 200, "updateCatalogResource");
      await expectCall(ctx, "DELETE", `/catalog/${resource}/${id}`, { headers: add.headers }, [200, 204], "deleteCatalogResource");
      await expectCall(ctx, "GET", `/catalog/${resource}/${id}`, { headers: add.headers }, 404, "getCatalogResource");
    }),
    scenario(
      "search-ack",
      "A search in the context/message envelope is acknowledged with ACK; one without context with NACK",
      ["EMKT-FN-02", "EMKT-API-01", "EMKT-API-02", "EMKT-API-03"],
      async (ctx) => {
        const search = ctx.example("searchRequest");
        const ok = await expectCall(ctx, "POST", "/search", { headers: search.headers, body: search.body }, 200, "searchRequest");
        expectThat(pick(ok.body, "message.ack.status") === "ACK", "A well-formed search is not acknowledged.", "ACK", ok.body);
        const bad = await ctx.call("POST", "/search", { headers: search.headers, body: { message: asObj(pick(search.body, "message")) } });
        expectThat(
          bad.status >= 400 || pick(bad.body, "message.ack.status") === "NACK",
          "A search without a context is acknowledged.",
          "NACK or a 4xx",
          bad.body ?? bad.status,
        );
      },
    ),
  ];
}
