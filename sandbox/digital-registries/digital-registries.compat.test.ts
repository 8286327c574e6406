// Pins what GovStack's Digital Registries compliance suite needs from the mock (govstack-apis.md §4.5),
// one test per group of suite scenarios, so CI notices a regression without running the suite itself.
import { describe, expect, test } from "vitest";
import { call, setUpMockSandbox } from "../test-helpers";

setUpMockSandbox();

const CALLER = { "information-mediator-client": "eGovStack/GOV/90000009/digitalregistries" };
const JSON_CT = "application/json; charset=utf-8";
/** Each test gets its own suite-profile namespace, seeded fresh on first use. */
const suiteBase = (name: string) => `/mock/ns/suite-dr-${name}/digital-registries`;
const people = (name: string) => `${suiteBase(name)}/data/registryname/111`;

type Page = { count: number; next?: string; previous: string | null; results: Array<Record<string, unknown>> };

describe("digital-registries compatibility profile", () => {
  test("create accepts an unwrapped legacy record, tolerates an identical re-send, refuses a conflicting one", async () => {
    const base = people("create");
    const record = { ID: "EE900000000101", FirstName: "Mari", LastName: "Kuusk", BirthCertificateID: "RR-9000000101" };
    const first = await call("POST", `${base}/create`, { headers: CALLER, body: record });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe(JSON_CT);
    expect(first.body).toEqual({ content: record });
    // The same request again (the suite's steps re-send requests) is still a success.
    const again = await call("POST", `${base}/create`, { headers: CALLER, body: record });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ content: record });
    const clash = await call("POST", `${base}/create`, { headers: CALLER, body: { ...record, FirstName: "Other" } });
    expect(clash.status).toBe(400);
    expect((clash.body as { detail: string }).detail).toMatch(/^id: .*EE900000000101/);
    // Without the legacy ID an unwrapped body is refused, naming both accepted shapes.
    const noId = await call("POST", `${base}/create`, { headers: CALLER, body: { FirstName: "Mari" } });
    expect(noId.status).toBe(400);
    expect((noId.body as { detail: string }).detail).toContain("body.ID");
    expect((noId.body as { detail: string }).detail).toContain("body.write");
    // The wrapped spec shape still works in the same namespace.
    const wrapped = await call("POST", `${base}/create`, { headers: CALLER, body: { write: { content: { ID: "EE900000000102", FirstName: "Tiit" } } } });
    expect(wrapped.body).toEqual({ content: { ID: "EE900000000102", FirstName: "Tiit" } });
  });

  test("delete answers 204 for any id, including the literal {id} and registries with spaces, every time", async () => {
    const base = suiteBase("delete");
    for (const path of [
      "/data/registryname/111/%7Bid%7D/delete",
      "/data/Health%20Registry/2.1/%7Bid%7D/delete",
      "/data/registryname/111/EE123627348834/delete",
    ]) {
      const first = await call("DELETE", `${base}${path}`, { headers: CALLER });
      expect(first.status).toBe(204);
      expect(first.text).toBe("");
      expect((await call("DELETE", `${base}${path}`, { headers: CALLER })).status).toBe(204);
    }
    const gone = await call("POST", `${base}/data/registryname/111/exists`, { headers: CALLER, body: { ID: "EE123627348834", FirstName: "John" } });
    expect(gone.body).toMatchObject({ answer: { status: false } });
  });

  test("exists takes a flat body and is true only when every field matches", async () => {
    const base = people("exists");
    const yes = await call("POST", `${base}/exists`, {
      headers: CALLER,
      body: { ID: "EE123627348834", FirstName: "John", LastName: "Bon", BirthCertificateID: "RR-3334537999" },
    });
    expect(yes.status).toBe(200);
    expect(yes.headers.get("content-type")).toBe(JSON_CT);
    expect(yes.body).toEqual({ answer: { status: true, message: expect.any(String) } });
    for (const FirstName of ["Mike", "Alice"]) {
      const no = await call("POST", `${base}/exists`, {
        headers: CALLER,
        body: { ID: "EE456627348844", FirstName, LastName: "Helmut", BirthCertificateID: "RR-1234567889" },
      });
      expect(no.body).toEqual({ answer: { status: false, message: expect.any(String) } });
    }
    const oneWrong = await call("POST", `${base}/exists`, { headers: CALLER, body: { ID: "EE123627348834", FirstName: "John", LastName: "Smith" } });
    expect(oneWrong.body).toMatchObject({ answer: { status: false } });
  });

  test("list filters on FirstName exactly, orders both ways, keeps count = results and never sends next: null", async () => {
    const base = people("list");
    for (const [search, ordering] of [
      ["John", "ascending"],
      ["Alice", "descending"],
      ["Jack", "ascending"],
      ["Bob", "descending"],
    ] as const) {
      const res = await call("GET", `${base}?search=${search}&filter=FirstName&ordering=${ordering}`, { headers: CALLER });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_CT);
      const page = res.body as Page;
      expect(page.results.length).toBeGreaterThan(0);
      expect(page.results.every((r) => r.FirstName === search)).toBe(true);
      expect(page.results).toHaveLength(page.count);
      expect(page).not.toHaveProperty("next");
    }
    const all = (await call("GET", base, { headers: CALLER })).body as Page;
    expect(all.results).toHaveLength(all.count);
    const ordered = (await call("GET", `${base}?ordering=-FirstName`, { headers: CALLER })).body as Page;
    const names = ordered.results.map((r) => String(r.FirstName));
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    // When there is a next page, `next` is a URL string.
    const paged = (await call("GET", `${base}?pageSize=2`, { headers: CALLER })).body as Page;
    expect(typeof paged.next).toBe("string");
    expect(paged.results).toHaveLength(2);
    const empty = await call("GET", `${suiteBase("list")}/data/registryempty/111`, { headers: CALLER });
    expect(empty.body).toEqual({ count: 0, previous: null, results: [] });
  });

  test("MyPersonalDataUsage/1.0 lists reads for the suite's people and rejects malformed ids with a 400 naming the parameter", async () => {
    const base = `${suiteBase("usage")}/data/MyPersonalDataUsage/1.0`;
    for (const userID of ["EE378129127223", "EE334569121212", "EE390029120500", "EE378129277266"]) {
      const res = await call("GET", `${base}?userID=${userID}&DatabaseID=MCTS`, { headers: CALLER });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_CT);
      expect(Array.isArray(res.body)).toBe(true);
      expect((res.body as unknown[]).length).toBeGreaterThan(0);
    }
    const badUser = await call("GET", `${base}?userID=...&DatabaseID=MCTS`, { headers: CALLER });
    expect(badUser.status).toBe(400);
    expect(badUser.text).toContain("userID");
    const badDb = await call("GET", `${base}?userID=EE378129277266&DatabaseID=...`, { headers: CALLER });
    expect(badDb.status).toBe(400);
    expect(badDb.text).toContain("DatabaseID");
  });

  test("read finds the suite's people by any one field or all four, and answers 404 {detail} for an unknown name", async () => {
    const base = people("read");
    const byField: Array<[string, string]> = [
      ["ID", "EE378129127223"],
      ["FirstName", "Eva"],
      ["LastName", "Smith"],
      ["BirthCertificateID", "EE6546273487865"],
      ["FirstName", "John Helmut"],
    ];
    for (const [field, value] of byField) {
      const res = await call("POST", `${base}/read`, { headers: CALLER, body: { query: { content: { [field]: value } } } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_CT);
      expect((res.body as { content: Record<string, unknown> }).content[field]).toBe(value);
    }
    const full = { FirstName: "Billy", LastName: "Johnson", ID: "EE378129127223", BirthCertificateID: "RR-1112223331" };
    expect((await call("POST", `${base}/read`, { headers: CALLER, body: { query: { content: full } } })).body).toEqual({ content: full });
    const missing = await call("POST", `${base}/read`, { headers: CALLER, body: { query: { content: { FirstName: "NotExist" } } } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe(JSON_CT);
    expect(missing.body).toEqual({ detail: "no record found" });
  });

  test("read-value (kebab-case path) answers the field as a JSON string", async () => {
    const res = await call("GET", `${people("value")}/80bcb084-fa17-11ed-be56-0242ac120002/read-value/FirstName.json`, { headers: CALLER });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(JSON_CT);
    expect(res.text).toBe('"Billy"');
  });

  test("update: 200 when the record matches; in the suite profile also when nothing matches, while the spec profile keeps 404", async () => {
    const base = people("update");
    const query = { ID: "EE34462734834865", FirstName: "Alex", LastName: "Green" };
    const write = { ID: "EE34462734834865", FirstName: "Jack", LastName: "Black" };
    const hit = await call("PUT", `${base}/update`, { headers: CALLER, body: { query: { content: query }, write: { content: write } } });
    expect(hit.status).toBe(200);
    expect(hit.body).toEqual({ updated: 1 });
    // The same request again: the record no longer matches the query.
    const again = await call("PUT", `${base}/update`, { headers: CALLER, body: { query: { content: query }, write: { content: write } } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ updated: 0 });
    const read = await call("POST", `${base}/read`, { headers: CALLER, body: { query: { content: { ID: "EE34462734834865" } } } });
    expect(read.body).toMatchObject({ content: { FirstName: "Jack", LastName: "Black" } });
    // Outside the suite profile an update that matches nothing is still a 404.
    const spec = await call("PUT", "/mock/ns/spec-dr-update/digital-registries/data/registryname/111/update", {
      headers: CALLER,
      body: { query: { content: { ID: "EE000000000000" } }, write: { content: { FirstName: "X" } } },
    });
    expect(spec.status).toBe(404);
    expect(spec.body).toEqual({ detail: "no record found" });
  });

  test("update-entries (kebab-case path) rewrites every record matching the query", async () => {
    const base = people("entries");
    const res = await call("PUT", `${base}/update-entries`, {
      headers: CALLER,
      body: { query: { content: { FirstName: "Casandra" } }, write: { content: { FirstName: "Tamara" } } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ updated: 1 });
    const after = (await call("GET", `${base}?search=Tamara&filter=FirstName`, { headers: CALLER })).body as Page;
    expect(after.count).toBe(1);
    const none = await call("PUT", `${base}/update-entries`, {
      headers: CALLER,
      body: { query: { content: { FirstName: "Nobody" } }, write: { content: { FirstName: "X" } } },
    });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ updated: 0 });
  });

  test("update-or-create (kebab-case path) creates, then answers the updated values", async () => {
    const base = people("upsert");
    const original = { ID: "EE123456789012", FirstName: "John", LastName: "Smith", BirthCertificateID: "RR-1234567890" };
    const created = await call("POST", `${base}/update-or-create`, { headers: CALLER, body: { query: { content: original }, write: { content: original } } });
    expect(created.status).toBe(200);
    expect(created.headers.get("content-type")).toBe(JSON_CT);
    expect(created.body).toEqual({ content: original });
    const changed = { ...original, FirstName: "Jack", LastName: "Sparrow" };
    const updated = await call("POST", `${base}/update-or-create`, { headers: CALLER, body: { query: { content: original }, write: { content: changed } } });
    expect(updated.body).toEqual({ content: changed });
    // Re-sent after the change, the query matches nothing: the written values are stored under the
    // same ID again (no second record) and answered.
    const resent = await call("POST", `${base}/update-or-create`, { headers: CALLER, body: { query: { content: original }, write: { content: changed } } });
    expect(resent.body).toEqual({ content: changed });
    const copies = (await call("GET", `${base}?search=Jack&filter=FirstName`, { headers: CALLER })).body as Page;
    expect(copies.results.filter((r) => r.ID === "EE123456789012")).toHaveLength(1);
  });

  test("database API: read and delete any numeric id, modify with snake_case fields, list with the suite's group spelling", async () => {
    const base = suiteBase("db");
    for (const id of ["1", "123", "8438778473"]) {
      const res = await call("GET", `${base}/database/${id}`, { headers: CALLER });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(JSON_CT);
      expect(res.body).toMatchObject({ id: Number(id) });
    }
    const deleted = await call("DELETE", `${base}/database/896756`, { headers: CALLER });
    expect(deleted.status).toBe(200);
    expect(deleted.headers.get("content-type")).toBe(JSON_CT);
    expect(deleted.body).toBe("Success");
    const schema = { type: "some object", properties: { ID: { type: "some string", primaryKey: true } }, required: ["ID"] };
    const modified = await call("POST", `${base}/database/modify`, {
      headers: CALLER,
      body: { group_name: "Test", catalog_name: "Mother and Child", code: "MCR", schema },
    });
    expect(modified.status).toBe(200);
    expect(modified.body).toEqual(schema);
    const badModify = await call("POST", `${base}/database/modify`, { headers: CALLER, body: { group_name: "Test" } });
    expect(badModify.status).toBe(400);
    expect(badModify.text).toContain("code");
    const suiteList = await call("GET", `${base}/databases`, { headers: CALLER });
    expect(suiteList.status).toBe(200);
    const keys = Object.keys(suiteList.body as object).sort();
    expect(keys).toEqual(["code", "data_index_increment", "databases", "group_id", "id", "name", "order"]);
    expect((suiteList.body as { databases: Array<{ institution: string }> }).databases.some((d) => d.institution === "Test")).toBe(true);
    const specList = await call("GET", "/mock/ns/spec-dr-db/digital-registries/databases", { headers: CALLER });
    expect(specList.body).toMatchObject({ groupId: 1, dataIndexIncrement: 1 });
    expect(specList.body).not.toHaveProperty("group_id");
  });

  test("a database created after a deletion gets a new id instead of replacing another database", async () => {
    const base = "/mock/ns/spec-dr-ids/digital-registries";
    const modify = (code: string) =>
      call("POST", `${base}/database/modify`, { headers: CALLER, body: { groupName: "Test", code, schema: { type: "object", properties: {} } } });
    const idOf = async (code: string) =>
      ((await call("GET", `${base}/databases`, { headers: CALLER })).body as { databases: Array<{ id: number; name: string }> }).databases.find(
        (d) => d.name === code,
      )?.id;
    await modify("AAA");
    await modify("BBB");
    expect((await call("DELETE", `${base}/database/${await idOf("AAA")}`, { headers: CALLER })).status).toBe(200);
    await modify("CCC");
    expect(await idOf("BBB")).toBeDefined();
    expect(await idOf("CCC")).not.toBe(await idOf("BBB"));
  });
});
