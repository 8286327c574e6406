import { beforeAll, expect, test } from "vitest";
import { callThroughIm, lastTraceId, traceSince } from "./client";
import { useTempDb, warmContracts } from "./test-helpers";

beforeAll(async () => {
  await useTempDb();
  await warmContracts();
}, 120_000);

test("the journey client calls through the IM and reads back its own trace", async () => {
  const ns = "journey-1";
  const before = lastTraceId(ns);
  const created = await callThroughIm({
    ns,
    bb: "digital-registries",
    method: "POST",
    path: "/data/mcts/1.0/create",
    body: { write: { content: { id: "MCTS9", caretaker: { firstName: "Sowmya" } } } },
  });
  expect(created.status).toBe(200);
  expect(created.url).toBe("/mock/ns/journey-1/information-mediator/r1/eGovStack/GOV/10000003/digital-registries/data/mcts/1.0/create");
  const read = await callThroughIm({
    ns,
    bb: "digital-registries",
    method: "POST",
    path: "/data/mcts/1.0/read",
    body: { query: { content: { id: "MCTS9" } } },
  });
  expect(read.body).toMatchObject({ content: { id: "MCTS9" } });
  const trace = traceSince(ns, before);
  expect(trace.map((e) => [e.via, e.provider, e.path.endsWith("/create") || e.path.endsWith("/read")])).toEqual([
    ["im", "digital-registries", true],
    ["im", "digital-registries", true],
  ]);
});
