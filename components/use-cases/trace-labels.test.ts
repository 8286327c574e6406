import { describe, expect, it } from "vitest";
import { callMark, expectedReason, plainRecordLabel, readablePath, shortPath, statusText, wrapLabel } from "./trace-labels";

describe("trace labels", () => {
  it("drops the Information Mediator prefix", () => {
    expect(shortPath("/r1/eGovStack/GOV/10000002/registration/services/svc-x/applications")).toBe("/services/svc-x/applications");
    expect(shortPath("/api/v1/members")).toBe("/api/v1/members");
  });

  it("decodes query strings so people can read them", () => {
    expect(readablePath("/r1/eGovStack/GOV/10000008/scheduling/event/list?name=Clinic%20day&from=2026-04-01T00%3A00%3A00Z")).toBe(
      "/event/list?name=Clinic day&from=2026-04-01T00:00:00Z",
    );
    expect(readablePath("/search?q=maize+seed&flag")).toBe("/search?q=maize seed&flag");
    // A broken escape is shown as sent, not thrown.
    expect(readablePath("/x?q=%E0%A4%A")).toBe("/x?q=%E0%A4%A");
  });

  it("wraps long labels at path and query boundaries without losing characters", () => {
    const label = "POST /service/individual/record/data-agreement/4/?individualId=EE378129127223&purpose=verification";
    const lines = wrapLabel(label, 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join("").replace(/ /g, "")).toBe(label.replace(/ /g, ""));
    expect(lines[0]).toBe("POST /service/individual/");
  });

  it("splits a word longer than a line instead of cutting it", () => {
    const lines = wrapLabel("x".repeat(25), 10);
    expect(lines).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    expect(wrapLabel("", 10)).toEqual([""]);
  });

  it("marks a 4xx inside a successful run as expected, and explains it", () => {
    expect(callMark({ status: 201 }, "ok")).toBe("ok");
    expect(callMark({ status: 404 }, "ok")).toBe("expected");
    expect(callMark({ status: 503 }, "ok")).toBe("failed");
    expect(callMark({ status: 503 }, "unhappy")).toBe("problem");
    expect(callMark({ status: 400 }, "error")).toBe("failed");
    expect(expectedReason(404)).toMatch(/does not exist yet/);
    expect(expectedReason(462)).toMatch(/carried on/);
  });

  it("names statuses and record keys in plain words", () => {
    expect(statusText(201)).toBe("201 Created");
    expect(statusText(462)).toBe("462");
    expect(plainRecordLabel("alertScheduleId")).toBe("Alert schedule reference");
    expect(plainRecordLabel("batchId")).toBe("Batch reference");
    expect(plainRecordLabel("payeeIdentity")).toBe("Payee identity");
  });
});
