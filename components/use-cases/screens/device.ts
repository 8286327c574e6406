// Which device a persona's screen appears on. Content may state it per persona (`device` in the
// use-case frontmatter); otherwise the screen kind decides: USSD means a basic phone, an app means a
// smartphone, and forms, lists and dashboards are an officer's desktop.

export const DEVICES = ["smartphone", "tablet", "basic-phone", "computer"] as const;
export type Device = (typeof DEVICES)[number];

const isDevice = (d: string | undefined): d is Device => (DEVICES as readonly string[]).includes(d ?? "");

export function deviceFor(kind: string, personaDevice?: string): Device {
  if (kind === "app") return personaDevice === "tablet" ? "tablet" : "smartphone";
  // USSD and SMS work on any phone: a smartphone owner sees them on it, everyone else on a basic phone.
  if (kind === "ussd" || kind === "sms") return personaDevice === "smartphone" ? "smartphone" : "basic-phone";
  return isDevice(personaDevice) ? personaDevice : "computer";
}

/** The device a persona has when nothing on screen says otherwise (the "other side" of a step). */
export function homeDevice(personaDevice?: string): Device {
  return isDevice(personaDevice) ? personaDevice : "computer";
}

export const DEVICE_NAME: Record<Device, string> = { smartphone: "smartphone", tablet: "tablet", "basic-phone": "basic mobile phone", computer: "computer" };
