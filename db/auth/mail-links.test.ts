// Password-reset poisoning: the links Better Auth mails must not follow a Host (or X-Forwarded-Host) the
// requester chose. Without BETTER_AUTH_URL only a loopback host is believed (lib/auth/public-origin.ts).
import { beforeAll, expect, test, vi } from "vitest";
import { useTempDb } from "@/sandbox/test-helpers";

vi.mock("server-only", () => ({}));

let getAuth: typeof import("./auth").getAuth;
let listOutbox: typeof import("@/db/mail").listOutbox;

beforeAll(async () => {
  delete process.env.BETTER_AUTH_URL;
  process.env.PORT = "3999";
  process.env.BETTER_AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-sealing";
  await useTempDb();
  ({ getAuth } = await import("./auth"));
  ({ listOutbox } = await import("@/db/mail"));
}, 60_000);

async function mailedLink(email: string, headers: Record<string, string>): Promise<string> {
  await getAuth().api.signUpEmail({ body: { email, password: "a-long-enough-password-41", name: "Ada" }, headers: new Headers(headers) });
  const [mail] = listOutbox({ to: email });
  const link = /https?:\/\/\S+/.exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error(`no link mailed to ${email}`);
  return link;
}

test("a sign-up on a loopback host gets links to that host", async () => {
  expect(await mailedLink("loopback@links.test", { host: "localhost:3000" })).toMatch(/^http:\/\/localhost:3000\/api\/auth\/verify-email\?token=/);
});

test("a forged Host or X-Forwarded-Host gets links to this machine, never to the host it named", async () => {
  expect(await mailedLink("forged-host@links.test", { host: "evil.example" })).toMatch(/^http:\/\/localhost:3999\//);
  expect(await mailedLink("forged-forward@links.test", { host: "localhost:3000", "x-forwarded-host": "evil.example" })).toMatch(/^http:\/\/localhost:3000\//);
});
