// Every role against every protected page, in one table: who gets the page, who is sent to sign in, and
// who gets a 404 (the portal does not say that something exists to those who may not see it). The
// data layer checks again behind each page (db/**/*.test.ts); this checks what a browser gets.
import { ROLES, readFixture, test, expect, type Role } from "./roles";

type Outcome = "page" | "sign-in" | "not found";
const everyone = (outcome: Outcome): Record<Role, Outcome> => Object.fromEntries(ROLES.map((r) => [r, outcome])) as Record<Role, Outcome>;
const staffOnly = { ...everyone("not found"), visitor: "sign-in", reviewer: "page", admin: "page" } satisfies Record<Role, Outcome>;
const vendorOwn = { ...everyone("not found"), visitor: "sign-in", vendor: "page" } satisfies Record<Role, Outcome>;

/** Paths (`{product}`: the setup vendor's draft) and who gets what. */
const TABLE: [string, Record<Role, Outcome>][] = [
  // The vendor area's front page: an introduction for visitors, each account's own organisations and products.
  ["/vendor", everyone("page")],
  // A working copy: its organisation's members, and reviewers (lib/marketplace/authz.ts); editing is members only.
  ["{product}", { ...vendorOwn, reviewer: "page", admin: "page" }],
  ["{product}/edit", vendorOwn],
  ["{product}/assessment/digital-registries", vendorOwn],
  ["{product}/conformance/digital-registries", vendorOwn],
  ["/staff", staffOnly],
  ["/review", staffOnly],
  ["/review/audit", staffOnly],
  ["/staff/claims", staffOnly],
  ["/staff/feedback", staffOnly],
  ["/staff/applications", staffOnly],
  ["/staff/interest", staffOnly],
  ["/staff/people", { ...staffOnly, reviewer: "not found" }],
];

function outcomeOf(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return "page";
  if (status === 404) return "not found";
  if (status >= 300 && status < 400 && location && new URL(location, "http://x").pathname === "/sign-in") return "sign-in";
  return `${status} ${location ?? ""}`;
}

for (const role of ROLES) {
  test(`${role}: every protected page answers as the table says`, async ({ as }) => {
    const { productPath } = readFixture();
    const context = await as(role);
    const seen: string[] = [];
    const expected: string[] = [];
    for (const [pattern, outcomes] of TABLE) {
      const path = pattern.replace("{product}", productPath);
      const response = await context.request.get(path, { maxRedirects: 0 });
      seen.push(`${pattern}: ${outcomeOf(response.status(), response.headers()["location"])}`);
      expected.push(`${pattern}: ${outcomes[role]}`);
    }
    expect(seen).toEqual(expected);
  });
}
