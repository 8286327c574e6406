// Registration mock: services and e-forms (seeded), applications (files) with review tasks,
// document upload and statistics.
import { collection } from "../runtime/collection";
import { intParam, json, now, obj, q1, str, uuid } from "../runtime/respond";
import type { HandlerContext, MockModule, MockRequest, MockResponse, Query } from "../types";

type Service = {
  id: string;
  name: string;
  version: string;
  type: string;
  isExecutable?: boolean;
  isClosed?: boolean;
  description?: string;
  serviceBody?: unknown[];
  eForms?: string[];
};
type EForm = { eFormId: string; name: string; version?: string; latest?: boolean; schema?: unknown };
type Status = { code: "PENDING" | "APPROVED" | "SENDBACK" | "REJECTED"; title: string };
type FileRec = {
  fileId: string;
  registered: string;
  serviceId: string;
  applicantId: string;
  serviceName: string;
  status: Status;
  ended: boolean;
  applicationData: Record<string, unknown>;
};
type TaskRec = {
  taskId: string;
  mainTaskId: string;
  name: string;
  assigneeId: string;
  roleId: string;
  created: string;
  serviceId: string;
  serviceName: string;
  fileId: string;
  eFormId?: string;
  status: Status;
  data?: unknown;
};

const TITLES: Record<Status["code"], string> = { PENDING: "Pending review", APPROVED: "Approved", SENDBACK: "Sent back for correction", REJECTED: "Rejected" };

const services = (ctx: HandlerContext) => collection<Service>(ctx, "services");
const eforms = (ctx: HandlerContext) => collection<EForm>(ctx, "eforms");
const files = (ctx: HandlerContext) => collection<FileRec>(ctx, "files");
const tasks = (ctx: HandlerContext) => collection<TaskRec>(ctx, "tasks");

/** IDs starting with "n0t-ex1st1ng" are the suite's "not found" probes. */
const missing = (id: string) => id.startsWith("n0t-ex1st1ng");

const notFound = (what: string, id: string): MockResponse => json(404, { code: "404", message: `No ${what} with id "${id}".` });

/** What the first path segment names, for not-found messages. */
const KINDS: Record<string, string> = { services: "service", eForms: "e-form", applications: "application file", tasks: "task", documents: "document" };

/** The legacy statistics path, with or without a trailing slash. */
const LEGACY_STATISTICS = /^\/data\/statistics\/1\.0\/?$/;

/**
 * Suite compatibility before routing:
 * - A path segment holding a not-found probe ID answers 404 whatever the method. The suite's IDs contain
 *   "#" ("n0t-ex1st1ng-task#-1d"), so the client drops the rest of the URL as a fragment and
 *   `POST /tasks/{id}/complete` arrives as `POST /tasks/n0t-ex1st1ng-task`; without this it would be a 405.
 * - On the legacy statistics path a repeated query parameter counts once, with its last value. The suite's
 *   HTTP client sends the query string again when one request is sent twice (`?a=1&b=2?a=1&b=2`), which
 *   repeats every parameter and glues the second copy onto the last value of the first.
 */
function preprocess(req: MockRequest): MockRequest | MockResponse {
  const segments = req.path.split("/").filter(Boolean);
  const probe = segments.map((s) => decodeURIComponent(s)).find(missing);
  if (probe) return notFound(KINDS[segments[0] ?? ""] ?? "resource", probe);
  if (LEGACY_STATISTICS.test(req.path)) {
    const query: Query = {};
    for (const [k, v] of Object.entries(req.query)) query[k] = Array.isArray(v) ? (v[v.length - 1] ?? "") : v;
    return { ...req, query };
  }
  return req;
}

function systemError(status: number, message: string): MockResponse {
  return json(status, { traceId: uuid(), code: String(status), message, localizedMessage: message });
}

function page<T extends Record<string, unknown>>(ctx: HandlerContext, rows: T[]): T[] {
  const sortBy = q1(ctx.query.sortBy);
  if (sortBy) {
    const dir = q1(ctx.query.sortOrder)?.toLowerCase() === "desc" ? -1 : 1;
    rows = [...rows].sort((a, b) => String(a[sortBy] ?? "").localeCompare(String(b[sortBy] ?? "")) * dir);
  }
  const first = intParam(ctx.query.firstResult, 0, 0, 1_000_000);
  const max = intParam(ctx.query.maxResult, 50, 1, 500);
  return rows.slice(first, first + max);
}

function listItem(f: FileRec, t?: TaskRec) {
  const formData = obj(f.applicationData.formData);
  return {
    fileId: f.fileId,
    mainTaskId: t?.taskId,
    taskTitle: t?.name,
    roleId: t?.roleId,
    roleName: t ? "Registration officer" : undefined,
    assigneeId: t?.assigneeId,
    operatorName: t ? "Sandbox operator" : undefined,
    status: f.status,
    applicantId: f.applicantId,
    created: str(f.applicationData, "created") ?? f.registered,
    registered: f.registered,
    serviceName: f.serviceName,
    serviceId: f.serviceId,
    eformId: str(formData, "eFormId"),
    documentUrls: Array.isArray(f.applicationData.documentUrls) ? f.applicationData.documentUrls : [],
  };
}

function submit(ctx: HandlerContext): MockResponse {
  const service = services(ctx).get(ctx.params.serviceId);
  if (!service || missing(ctx.params.serviceId)) return notFound("service", ctx.params.serviceId);
  const body = obj(ctx.req.body);
  const fileId = uuid();
  const registered = now();
  const file: FileRec = {
    fileId,
    registered,
    serviceId: service.id,
    applicantId: String(body.applicantId),
    serviceName: service.name,
    status: { code: "PENDING", title: TITLES.PENDING },
    ended: false,
    applicationData: body,
  };
  files(ctx).put(fileId, file);
  const taskId = uuid();
  tasks(ctx).put(taskId, {
    taskId,
    mainTaskId: fileId,
    name: `Review application for ${service.name}`,
    assigneeId: "operator-1",
    roleId: "registration-officer",
    created: registered,
    serviceId: service.id,
    serviceName: service.name,
    fileId,
    eFormId: str(obj(body.formData), "eFormId"),
    status: { code: "PENDING", title: TITLES.PENDING },
  });
  return json(200, file);
}

function statistics(ctx: HandlerContext): MockResponse {
  const caller = ctx.req.headers["information-mediator-client"] ?? "";
  const parts = caller.split("/");
  if (parts.length !== 4 || parts.some((p) => !p.trim())) {
    return systemError(400, "Information-Mediator-Client must be INSTANCE/CLASS/MEMBER/SUBSYSTEM.");
  }
  const name = q1(ctx.query.registrationName);
  let all = files(ctx).list();
  if (name) {
    const known = services(ctx)
      .list()
      .filter((s) => s.name === name || s.id === name || name.toUpperCase() === "MCTS");
    if (!known.length) return notFound("registration", name);
    if (name.toUpperCase() !== "MCTS") all = all.filter((f) => known.some((s) => s.id === f.serviceId));
  }
  const start = q1(ctx.query.startDate);
  const end = q1(ctx.query.endDate);
  if (start) all = all.filter((f) => f.registered.slice(0, 10) >= start);
  if (end) all = all.filter((f) => f.registered.slice(0, 10) <= end);
  const count = (code: Status["code"]) => all.filter((f) => f.status.code === code).length;
  const timeframe = q1(ctx.query.timeframe);
  return json(200, [
    {
      processed: all.length,
      approved: count("APPROVED"),
      sentBack: count("SENDBACK"),
      rejected: count("REJECTED"),
      references: {
        startDate: start,
        endDate: end,
        registrationName: name,
        operator: q1(ctx.query.operator),
        role: q1(ctx.query.role),
        timeframeDay: timeframe === "day",
        timeframeWeek: timeframe === "week",
        timeframeMonth: timeframe === "month",
        timeframeYear: timeframe === "year",
      },
    },
  ]);
}

export const registration: MockModule = {
  preprocess,
  validationError: (issues, { operationId }) => {
    // An upload without any payload fails the contract's "required body" rule; name the field the caller must send.
    if (operationId === "uploadDocument" && issues.some((i) => i.message.includes("'requestBody'"))) {
      return systemError(400, "file: a document is required (form field `file`, multipart or URL-encoded).");
    }
    const message = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
    if (operationId.startsWith("getStatistics") && issues.some((i) => i.field.includes("information-mediator-client"))) {
      return systemError(400, message);
    }
    return systemError(400, message);
  },
  notFound: (req) => json(404, { code: "404", message: `No Registration endpoint ${req.method} ${req.path}.` }),
  handlers: {
    listServices: (ctx) => {
      const name = q1(ctx.query.name);
      const list = services(ctx)
        .list()
        .filter((s) => !name || s.name === name);
      return json(
        200,
        list.map(({ eForms: _e, ...s }) => s),
      );
    },
    getService: (ctx) => {
      const s = missing(ctx.params.serviceId) ? undefined : services(ctx).get(ctx.params.serviceId);
      if (!s) return notFound("service", ctx.params.serviceId);
      const { eForms: _e, ...rest } = s;
      // The suite checks this answer against its list-of-services schema (an array); the spec answers the object.
      return json(200, ctx.profile === "suite" ? [rest] : rest);
    },
    listServiceEForms: (ctx) => {
      const s = missing(ctx.params.serviceId) ? undefined : services(ctx).get(ctx.params.serviceId);
      if (!s) return notFound("service", ctx.params.serviceId);
      const forms = (s.eForms ?? []).map((id) => eforms(ctx).get(id)).filter((f): f is EForm => !!f);
      return json(
        200,
        forms.map(({ schema: _s, ...f }) => f),
      );
    },
    getEForm: (ctx) => {
      const f = missing(ctx.params.eFormId) ? undefined : eforms(ctx).get(ctx.params.eFormId);
      return f ? json(200, f) : notFound("e-form", ctx.params.eFormId);
    },
    submitApplication: submit,
    uploadDocument: (ctx) => {
      const body = obj(ctx.req.body);
      const file = body.file;
      if (file === undefined || file === "" || Object.keys(body).length === 0) return systemError(400, "file: a document is required.");
      const id = uuid();
      const name = typeof file === "object" && file ? String(obj(file).filename ?? "document") : "document";
      collection(ctx, "documents").put(id, { id, name, uploaded: now(), metadata: q1(ctx.query.additionalMetadata) });
      return json(200, { code: 200, type: "success", message: `Stored ${name}`, url: `/mock/registration/documents/${id}` });
    },
    listApplications: (ctx) => {
      const serviceId = q1(ctx.query.serviceId);
      const applicantId = q1(ctx.query.applicantId);
      const allTasks = tasks(ctx).list();
      const rows = files(ctx)
        .list()
        .filter((f) => (!serviceId || f.serviceId === serviceId) && (!applicantId || f.applicantId === applicantId))
        .map((f) =>
          listItem(
            f,
            allTasks.find((t) => t.fileId === f.fileId),
          ),
        );
      return json(200, page(ctx, rows));
    },
    getApplication: (ctx) => {
      const f = missing(ctx.params.fileId) ? undefined : files(ctx).get(ctx.params.fileId);
      return f ? json(200, f) : notFound("application file", ctx.params.fileId);
    },
    updateApplication: (ctx) => {
      const f = missing(ctx.params.fileId) ? undefined : files(ctx).get(ctx.params.fileId);
      if (!f) return notFound("application file", ctx.params.fileId);
      const body = obj(ctx.req.body);
      const updated: FileRec = { ...f, applicantId: str(body, "applicantId") ?? f.applicantId, applicationData: { ...f.applicationData, ...body } };
      files(ctx).put(f.fileId, updated);
      return json(200, updated);
    },
    listTasks: (ctx) => {
      const f = (k: string) => q1(ctx.query[k]);
      const rows = tasks(ctx)
        .list()
        .filter(
          (t) =>
            (!f("mainTaskId") || t.mainTaskId === f("mainTaskId")) &&
            (!f("fileId") || t.fileId === f("fileId")) &&
            (!f("assigneeId") || t.assigneeId === f("assigneeId")),
        );
      return json(200, page(ctx, rows));
    },
    getTask: (ctx) => {
      const t = missing(ctx.params.taskId) ? undefined : tasks(ctx).get(ctx.params.taskId);
      if (!t) return notFound("task", ctx.params.taskId);
      const file = files(ctx).get(t.fileId);
      return json(200, {
        taskId: t.taskId,
        taskName: t.name,
        assigneeId: t.assigneeId,
        roleId: t.roleId,
        created: t.created,
        fileId: t.fileId,
        serviceId: t.serviceId,
        serviceName: t.serviceName,
        eFormId: t.eFormId,
        formVariables: obj(obj(file?.applicationData.formData).data),
        status: t.status,
        data: obj(t.data),
      });
    },
    completeTask: (ctx) => {
      const t = missing(ctx.params.taskId) ? undefined : tasks(ctx).get(ctx.params.taskId);
      if (!t) return notFound("task", ctx.params.taskId);
      const data = obj(obj(ctx.req.body).data);
      const decision = String(data.decision ?? data.status ?? "APPROVED").toUpperCase();
      const code: Status["code"] = decision === "REJECTED" || decision === "SENDBACK" ? decision : "APPROVED";
      const status = { code, title: TITLES[code] };
      tasks(ctx).put(t.taskId, { ...t, status, data });
      const file = files(ctx).get(t.fileId);
      if (file) files(ctx).put(file.fileId, { ...file, status, ended: code !== "SENDBACK" });
      return json(200, { taskId: t.taskId, fileId: t.fileId, serviceId: t.serviceId, status, variables: { decision: { data } } });
    },
    getStatistics: statistics,
    getStatisticsLegacy: statistics,
  },
};
