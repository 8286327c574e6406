// The get-involved data layer checks who calls it, as the marketplace's does: a page or action that forgot
// its own guard still could not hand applications or country interest to a vendor or a visitor.
import { beforeAll, expect, test, vi } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));

let applications: typeof import("./applications");
let interest: typeof import("./interest");
let ForbiddenError: typeof import("./marketplace/core/types").ForbiddenError;

beforeAll(async () => {
  await useTempDb();
  applications = await import("./applications");
  interest = await import("./interest");
  ({ ForbiddenError } = await import("./marketplace/core/types"));
});

const vendor = { role: "vendor" } as const;
const reviewer = { role: "reviewer" } as const;
const admin = { role: "admin" } as const;
const someId = "00000000-0000-4000-8000-000000000000";

test("vendors and visitors can neither read nor mark applications", async () => {
  for (const caller of [vendor, null]) {
    await expect(applications.listApplications(caller!)).rejects.toThrow(ForbiddenError);
    expect(() => applications.getApplication(caller!, someId)).toThrow(ForbiddenError);
    expect(() => applications.setApplicationStatus(caller!, someId, "shortlisted")).toThrow(ForbiddenError);
  }
  expect(await applications.listApplications(reviewer)).toEqual([]);
  expect(applications.setApplicationStatus(reviewer, someId, "shortlisted")).toBe(false);
});

test("only an admin deletes an application", async () => {
  await expect(applications.deleteApplication(reviewer, someId)).rejects.toThrow(ForbiddenError);
  await expect(applications.deleteApplication(vendor, someId)).rejects.toThrow(ForbiddenError);
  expect(await applications.deleteApplication(admin, someId)).toBe(false);
});

test("country interest is for staff only", () => {
  interest.createInterest({
    country: "Kenya",
    organisation: "Ministry of ICT",
    contactName: "Wanjiru",
    email: "w@example.org",
    useCases: [],
    buildingBlocks: [],
    message: "",
  });
  expect(() => interest.listInterest(vendor)).toThrow(ForbiddenError);
  expect(interest.listInterest(reviewer).map((i) => i.country)).toEqual(["Kenya"]);
});
