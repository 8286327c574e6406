import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArchitectureDiagram } from "./architecture-diagram";
import { SequenceDiagram, participantsOf } from "./sequence-diagram";
import type { TraceCall } from "./trace-labels";

const IM = "/r1/eGovStack/GOV";
const call = (id: number, provider: string, path: string, status: number, extra: Partial<TraceCall> = {}): TraceCall => ({
  id,
  via: "im",
  caller: "eGovStack/GOV/90000001/portal",
  provider,
  method: "POST",
  path: `${IM}/1000000${id}/${provider}${path}`,
  status,
  latencyMs: 4,
  denied: false,
  ...extra,
});
const titles = {
  "information-mediator": "Information Mediator",
  "digital-registries": "Digital Registries",
  workflow: "Workflow",
  identity: "Identity and Verification",
};

describe("sequence diagram", () => {
  const trace = [
    call(1, "identity", "/authorize?scope=openid+profile&redirect_uri=https%3A%2F%2Fportal.example%2Fcallback", 200, { method: "GET" }),
    call(2, "digital-registries", "/data/households/1.0/update", 404),
    call(3, "digital-registries", "/data/households/1.0/update", 200),
    call(4, "workflow", "/instances", 503),
  ];

  it("draws a lifeline per participant, decoded labels and a mark per answer", () => {
    const page = renderToStaticMarkup(createElement(SequenceDiagram, { trace, titles, callerLabel: "Maria's service", run: "ok" }));
    // Two drawings (wide and phone) of the same calls; check the wide one, then that the phone one wraps tighter.
    const [html, phone] = page.split('class="sm:hidden"') as [string, string];
    expect(phone.match(/data-mark="expected"/g)).toHaveLength(1);
    expect((phone.match(/<tspan/g) ?? []).length).toBeGreaterThan((html.match(/<tspan/g) ?? []).length);
    for (const name of ["Maria&#x27;s service", "Information", "Mediator", "Digital Registries", "Workflow"]) expect(html).toContain(name);
    expect(html).toContain("scope=openid profile&amp;");
    expect(html).toContain("redirect_uri=https://portal.example/");
    expect(html).not.toContain("%2F");
    expect(html.match(/data-mark="expected"/g)).toHaveLength(1);
    expect(html.match(/data-mark="failed"/g)).toHaveLength(1);
    expect(html).toContain("404 Not found (expected)");
    expect(page).toMatch(/Call 2 answered 404 Not found, marked “expected”/);
  });

  it("calls the same errors the problem in an unhappy run, with no 'expected' note", () => {
    const page = renderToStaticMarkup(createElement(SequenceDiagram, { trace, titles, callerLabel: "Ana's service", run: "unhappy" }));
    expect(page).not.toContain("expected-notes");
    const html = page.split('class="sm:hidden"')[0]!;
    expect(html.match(/data-mark="problem"/g)).toHaveLength(2);
  });
});

describe("architecture picture", () => {
  const bbs = Object.entries(titles).map(([id, title]) => ({ id, title, label: title }));
  it("outlines the step's blocks before a run", () => {
    const html = renderToStaticMarkup(createElement(ArchitectureDiagram, { bbs, planned: ["workflow"], trace: [], run: null, callerLabel: "Maria's service" }));
    expect(html).toMatch(/data-bb="workflow" data-state="planned"/);
    expect(html).toMatch(/data-bb="identity" data-state="idle"/);
    expect(html).toContain("This step uses Workflow");
  });

  it("lights up each block a call reached, counts its calls and marks the one that failed", () => {
    const trace = [call(1, "digital-registries", "/x", 200), call(2, "digital-registries", "/y", 200), call(3, "workflow", "/z", 503)];
    const html = renderToStaticMarkup(createElement(ArchitectureDiagram, { bbs, planned: [], trace, run: "error", callerLabel: "Maria's service" }));
    expect(html).toMatch(/data-bb="digital-registries" data-state="lit"/);
    expect(html).toMatch(/data-bb="workflow" data-state="fault"/);
    expect(html).toMatch(/data-bb="identity" data-state="idle"/);
    expect(html.match(/class="arch-call"/g)).toHaveLength(3);
    expect(html).toContain("Digital Registries (2 calls)");
    expect(html).toContain("Workflow (1 call, with a failure)");
  });
});

describe("who called whom", () => {
  it("names each application, shows a BB calling another as that BB, and names a product playing a BB", () => {
    const trace = [
      call(1, "identity", "/authorize", 200, { caller: "eGovStack/GOV/20000004/caseworker-tablet", callerName: "Social welfare officer's tablet" }),
      call(2, "digital-registries", "/data/households/1.0/create", 200, { caller: "eGovStack/GOV/10000002/registration" }),
      call(3, "workflow", "/instances", 200, {
        caller: "eGovStack/GOV/20000004/payments-console",
        callerName: "Payment officer's console",
        playedBy: "Acme Flow",
      }),
    ];
    const people = participantsOf(trace, { ...titles, registration: "Registration" }, "Maria's service");
    expect(people.map((p) => p.label)).toEqual([
      "Maria's service (Social welfare officer's tablet)",
      "Information Mediator",
      "Identity and Verification",
      "Registration",
      "Digital Registries",
      "Payment officer's console",
      "Workflow, played by Acme Flow",
    ]);
  });
});
