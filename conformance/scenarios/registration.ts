// Registration: an application file is submitted, read back, found by applicant, decided through
// its task, and shows the decision; lists page with firstResult and maxResult.
import type { CheckContext, CheckDef, Reply } from "../types";
import { expectCall, expectThat, pick, scenario } from "./dsl";

/** Submits the contract's example application to a service for this applicant. */
function submitApplication(ctx: CheckContext, serviceId: string, applicantId: string): Promise<Reply> {
  const sub = ctx.example("submitApplication");
  return expectCall(
    ctx,
    "POST",
    `/services/${encodeURIComponent(serviceId)}/applications`,
    { headers: sub.headers, body: { ...(sub.body as object), applicantId } },
    200,
    "submitApplication",
  );
}

export function registrationScenarios(): CheckDef[] {
  return [
    scenario(
      "application-to-decision",
      "An application is submitted, read back, listed for its applicant, and approved through its task",
      ["REG-FN-02", "REG-FN-03", "REG-FN-04", "REG-API-01", "REG-API-02", "REG-API-03", "REG-API-04"],
      async (ctx) => {
        const list = ctx.example("listServices");
        const services = await expectCall(ctx, "GET", "/services", { headers: list.headers }, 200, "listServices");
        const serviceId = String(pick(services.body, "0.id") ?? "");
        expectThat(serviceId !== "", "The service catalogue is empty.", "at least one service", services.body);
        await expectCall(ctx, "GET", `/services/${encodeURIComponent(serviceId)}`, { headers: list.headers }, 200, "getService");
        const applicantId = ctx.unique("APPL");
        const file = await submitApplication(ctx, serviceId, applicantId);
        const fileId = String(pick(file.body, "fileId") ?? "");
        expectThat(fileId !== "", "A submitted application has no fileId.", { fileId: "…" }, file.body);
        const read = await expectCall(ctx, "GET", `/applications/${fileId}`, { headers: list.headers }, 200, "getApplication");
        expectThat(pick(read.body, "applicantId") === applicantId, "The file read back is not the one submitted.", applicantId, pick(read.body, "applicantId"));
        const mine = await expectCall(ctx, "GET", "/applications", { headers: list.headers, query: { applicantId } }, 200, "listApplications");
        expectThat(
          Array.isArray(mine.body) && (mine.body as unknown[]).length === 1,
          "Filtering applications by applicant does not give exactly the new file.",
          1,
          mine.body,
        );
        const tasks = await expectCall(ctx, "GET", "/tasks", { headers: list.headers, query: { mainTaskId: fileId } }, 200, "listTasks");
        const taskId = String(pick(tasks.body, "0.taskId") ?? "");
        expectThat(taskId !== "", "A submitted file has no task for an operator.", "a task", tasks.body);
        await expectCall(ctx, "POST", `/tasks/${taskId}/complete`, { headers: list.headers, body: { data: { decision: "APPROVED" } } }, 200, "completeTask");
        const decided = await expectCall(ctx, "GET", `/applications/${fileId}`, { headers: list.headers }, 200, "getApplication");
        expectThat(
          pick(decided.body, "status.code") === "APPROVED",
          "The file does not show the operator's decision.",
          "APPROVED",
          pick(decided.body, "status.code"),
        );
      },
    ),
    scenario("list-paging", "Application lists page with firstResult and maxResult", ["REG-API-03"], async (ctx) => {
      const list = ctx.example("listServices");
      const services = await expectCall(ctx, "GET", "/services", { headers: list.headers }, 200, "listServices");
      const serviceId = String(pick(services.body, "0.id") ?? "");
      const applicantId = ctx.unique("PAGE");
      for (let i = 0; i < 2; i++) await submitApplication(ctx, serviceId, applicantId);
      const a = await expectCall(ctx, "GET", "/applications", { headers: list.headers, query: { applicantId, maxResult: "1" } }, 200, "listApplications");
      const b = await expectCall(
        ctx,
        "GET",
        "/applications",
        { headers: list.headers, query: { applicantId, maxResult: "1", firstResult: "1" } },
        200,
        "listApplications",
      );
      expectThat(
        (a.body as unknown[]).length === 1 && (b.body as unknown[]).length === 1,
        "maxResult=1 does not give pages of one file.",
        [1, 1],
        [a.body, b.body],
      );
      expectThat(pick(a.body, "0.fileId") !== pick(b.body, "0.fileId"), "firstResult=1 repeats the first page.", "different files", [a.body, b.body]);
    }),
  ];
}
