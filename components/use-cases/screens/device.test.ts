import { describe, expect, it } from "vitest";
import { getUseCases } from "@/lib/content/use-cases";
import { deviceFor, homeDevice } from "./device";

describe("which device a screen appears on", () => {
  it("follows the screen kind, then what the persona owns", () => {
    expect(deviceFor("ussd")).toBe("basic-phone");
    expect(deviceFor("ussd", "smartphone")).toBe("smartphone");
    expect(deviceFor("sms", "basic-phone")).toBe("basic-phone");
    expect(deviceFor("app")).toBe("smartphone");
    expect(deviceFor("app", "tablet")).toBe("tablet");
    expect(deviceFor("dashboard")).toBe("computer");
    expect(deviceFor("form", "tablet")).toBe("tablet");
    expect(homeDevice(undefined)).toBe("computer");
    expect(homeDevice("basic-phone")).toBe("basic-phone");
  });

  it("puts every citizen's own screen on a phone and every officer's on a computer", () => {
    for (const uc of getUseCases()) {
      for (const step of uc.steps) {
        const actor = uc.personas.find((p) => p.id === step.screen.actor)!;
        const device = deviceFor(step.screen.kind, actor.device);
        // Personas with a phone never get a desktop; personas without one never get a phone for a form.
        if (actor.device) expect(device, `${uc.id}/${step.id}`).not.toBe("computer");
        if (["ussd", "sms", "app"].includes(step.screen.kind)) expect(device, `${uc.id}/${step.id}`).not.toBe("computer");
      }
    }
  });
});
