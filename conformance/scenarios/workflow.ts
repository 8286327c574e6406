// Workflow: a process definition is created and read back, started, its instance tracked, listed
// by process and stopped; unknown ids answer 404.
import type { CheckDef } from "../types";
import { asObj, expectCall, expectThat, pick, scenario } from "./dsl";

export function workflowScenarios(): CheckDef[] {
  return [
    scenario(
      "process-instance-lifecycle",
      "A process is created, started, its instance listed, read and stopped",
      ["WF-FN-01", "WF-FN-02", "WF-FN-03", "WF-FN-04", "WF-API-01", "WF-API-02", "WF-API-03"],
      async (ctx) => {
        const create = ctx.example("createProcess");
        const name = ctx.unique("Process");
        const made = await expectCall(
          ctx,
          "POST",
          "/processes",
          { headers: create.headers, body: { ...asObj(create.body), name } },
          [200, 201],
          "createProcess",
        );
        const processId = String(pick(made.body, "id") ?? "");
        const read = await expectCall(ctx, "GET", `/processes/${encodeURIComponent(processId)}`, {}, 200, "getProcess");
        expectThat(pick(read.body, "name") === name, "The created process is not what a read returns.", name, pick(read.body, "name"));
        const start = ctx.example("startProcess");
        const started = await expectCall(
          ctx,
          "POST",
          `/processes/${encodeURIComponent(processId)}/start`,
          { headers: start.headers, body: start.body },
          [200, 201],
          "startProcess",
        );
        const instanceId = String(pick(started.body, "id") ?? "");
        expectThat(pick(started.body, "state") === "ACTIVE", "A started instance is not active.", "ACTIVE", started.body);
        const list = await expectCall(ctx, "GET", "/instances/", { query: { processId } }, 200, "listInstances");
        expectThat(
          Array.isArray(list.body) && (list.body as unknown[]).length === 1 && String(pick(list.body, "0.id")) === instanceId,
          "Instances filtered by process do not give exactly the new instance.",
          [instanceId],
          list.body,
        );
        await expectCall(ctx, "POST", `/instances/${instanceId}/stop`, {}, [200, 201], "stopInstance");
        const stopped = await expectCall(ctx, "GET", `/instances/${instanceId}`, {}, 200, "getInstance");
        expectThat(pick(stopped.body, "state") !== "ACTIVE", "A stopped instance is still active.", "not ACTIVE", pick(stopped.body, "state"));
      },
    ),
    scenario("unknown-ids", "Unknown processes and instances answer 404", ["WF-API-04"], async (ctx) => {
      await expectCall(ctx, "GET", `/processes/${ctx.unique("missing")}`, {}, 404, "getProcess");
      await expectCall(ctx, "GET", "/instances/999999999", {}, 404, "getInstance");
    }),
  ];
}
