// Seed data of the Registration mock: use-case services and forms, and the suite's fixture IDs.
import { seeds, type Seed } from "../runtime/collection";

const form = (eFormId: string, name: string, properties: Record<string, unknown>, required: string[]) => ({
  eFormId,
  name,
  version: "1.0",
  latest: true,
  schema: { type: "object", required, properties },
});

/** A public, open, executable service with one e-form; the description only where one is given. */
function service(id: string, name: string, eForm: string, description?: string) {
  return {
    id,
    name,
    version: "1.0",
    type: "Public",
    isExecutable: true,
    isClosed: false,
    ...(description === undefined ? {} : { description }),
    serviceBody: [],
    eForms: [eForm],
  };
}

/** Narrative services for the five use cases, each with one e-form. */
export function demo(): Seed[] {
  const svc = (id: string, name: string, description: string, eForm: string) => service(id, name, eForm, description);
  const services = [
    svc("svc-postpartum-care", "Postpartum and infant care programme", "Enrol a mother and her infant for care visits and incentives.", "form-mother-infant"),
    svc("svc-farmer-marketplace", "Farmer marketplace registration", "Register as a buyer or seller on the agricultural marketplace.", "form-farmer"),
    svc("svc-advisory-subscription", "Agricultural advisory subscription", "Subscribe to crop advice and pest alerts.", "form-advisory"),
    svc("svc-cash-transfer", "Unconditional cash transfer", "Register a household in the social registry.", "form-household"),
    svc("svc-remote-learning", "Remote learning enrolment", "Join a remote course as a learner.", "form-learner"),
  ];
  const forms = [
    form(
      "form-mother-infant",
      "Mother and infant",
      {
        motherId: { type: "string" },
        motherName: { type: "string" },
        infantName: { type: "string" },
        infantBirthDate: { type: "string", format: "date" },
        phone: { type: "string" },
      },
      ["motherId", "motherName"],
    ),
    form(
      "form-farmer",
      "Farmer",
      { citizenId: { type: "string" }, role: { type: "string", enum: ["buyer", "seller"] }, crops: { type: "array", items: { type: "string" } } },
      ["citizenId", "role"],
    ),
    form(
      "form-advisory",
      "Advisory subscription",
      { citizenId: { type: "string" }, crops: { type: "array", items: { type: "string" } }, channel: { type: "string" } },
      ["citizenId"],
    ),
    form("form-household", "Household", { headId: { type: "string" }, members: { type: "integer" }, district: { type: "string" } }, ["headId", "members"]),
    form("form-learner", "Learner", { citizenId: { type: "string" }, course: { type: "string" } }, ["citizenId", "course"]),
  ];
  const t0 = "2025-03-14T09:00:00.000Z";
  const files = [
    {
      fileId: "file-sowmya-0001",
      registered: t0,
      serviceId: "svc-postpartum-care",
      applicantId: "IN378129127223",
      serviceName: "Postpartum and infant care programme",
      status: { code: "PENDING", title: "Pending review" },
      ended: false,
      applicationData: {
        applicantId: "IN378129127223",
        applicationName: "Sowmya Rao – postpartum care",
        formData: {
          eFormId: "form-mother-infant",
          data: { motherId: "IN378129127223", motherName: "Sowmya Rao", infantName: "Ravi Rao", infantBirthDate: "2025-02-20" },
        },
      },
    },
    {
      fileId: "file-mensah-0001",
      registered: t0,
      serviceId: "svc-cash-transfer",
      applicantId: "GHA-403344556-7",
      serviceName: "Unconditional cash transfer",
      status: { code: "APPROVED", title: "Approved" },
      ended: true,
      applicationData: {
        applicantId: "GHA-403344556-7",
        formData: { eFormId: "form-household", data: { headId: "GHA-403344556-7", members: 5, district: "Eastfield" } },
      },
    },
  ];
  const tasks = [
    {
      taskId: "task-sowmya-0001",
      mainTaskId: "file-sowmya-0001",
      name: "Review application for Postpartum and infant care programme",
      assigneeId: "operator-1",
      roleId: "registration-officer",
      created: t0,
      serviceId: "svc-postpartum-care",
      serviceName: "Postpartum and infant care programme",
      fileId: "file-sowmya-0001",
      eFormId: "form-mother-infant",
      status: { code: "PENDING", title: "Pending review" },
    },
  ];
  return [
    ...seeds("registration", "services", services, (s) => s.id),
    ...seeds("registration", "eforms", forms, (f) => f.eFormId),
    ...seeds("registration", "files", files, (f) => f.fileId),
    ...seeds("registration", "tasks", tasks, (t) => t.taskId),
  ];
}

/** GovStack Registration suite fixtures (§4.4 of govstack-apis.md). */
export function suite(): Seed[] {
  const svc = (id: string, name: string) => service(id, name, "d98a205a-679b-485b-823d-7a32a391e744");
  const services = [
    svc("P2c9280957e579ad7017e58a3399f0068", "Good Health and Well-Being"),
    svc("f7d33db0-2809-484e-a780-76b7ccd4ecbf", "Industry and Infrastructure"),
    svc("a5b6c7d8-0000-4000-8000-000000000003", "Zero Hunger"),
  ];
  const forms = [form("d98a205a-679b-485b-823d-7a32a391e744", "Suite e-form", { name: { type: "string" } }, [])];
  const file = (fileId: string) => ({
    fileId,
    registered: "2023-03-10T10:00:00.000Z",
    serviceId: "f7d33db0-2809-484e-a780-76b7ccd4ecbf",
    applicantId: "applicant-suite-1",
    serviceName: "Industry and Infrastructure",
    status: { code: "PENDING", title: "Pending review" },
    ended: false,
    applicationData: { applicantId: "applicant-suite-1" },
  });
  const task = (taskId: string, fileId: string) => ({
    taskId,
    mainTaskId: fileId,
    name: "Review",
    assigneeId: "operator-1",
    roleId: "registration-officer",
    created: "2023-03-10T10:00:00.000Z",
    serviceId: "f7d33db0-2809-484e-a780-76b7ccd4ecbf",
    serviceName: "Industry and Infrastructure",
    fileId,
    status: { code: "PENDING", title: "Pending review" },
  });
  return [
    ...seeds("registration", "services", services, (s) => s.id),
    ...seeds("registration", "eforms", forms, (f) => f.eFormId),
    ...seeds("registration", "files", [file("81c4445c-bff6-11ed-afa1-0242ac120002"), file("b8508d35-c2f3-442b-88a1-267ca25e85c0")], (f) => f.fileId),
    ...seeds(
      "registration",
      "tasks",
      [
        task("81c4445c-bff6-11ed-afa1-0242ac120002", "81c4445c-bff6-11ed-afa1-0242ac120002"),
        task("d1e33d56-c5c7-4272-aeb6-bc2732cce1f2", "b8508d35-c2f3-442b-88a1-267ca25e85c0"),
      ],
      (t) => t.taskId,
    ),
  ];
}
