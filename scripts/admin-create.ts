// `npm run admin:create -- --email you@example.org [--name "Ada"] [--role admin|reviewer]`
// Creates the first admin (or a reviewer). The password comes from ADMIN_PASSWORD or standard input,
// never from the command line (it would land in shell history). An existing account is only promoted.
import { openDb } from "../db/client";
import { ensureCredentialUser, MIN_PASSWORD_LENGTH } from "../db/marketplace/core/users";
import { runMigrations } from "../db/migrate";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters), then Enter: `);
  let data = "";
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes("\n")) break;
  }
  return data.split(/\r?\n/)[0] ?? "";
}

const email = arg("email");
const role = (arg("role") ?? "admin") as "admin" | "reviewer";
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !["admin", "reviewer"].includes(role)) {
  console.error("Usage: npm run admin:create -- --email you@example.org [--name Name] [--role admin|reviewer]\nThe password is read from ADMIN_PASSWORD or standard input.");
  process.exit(2);
}
const password = process.env.ADMIN_PASSWORD ?? (await readStdin());
const db = openDb();
try {
  runMigrations(db);
  const { created } = ensureCredentialUser(db, { email, password, role, name: arg("name") });
  console.log(created ? `Created ${role} ${email}.` : `${email} already existed: role set to ${role}; password unchanged.`);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
