// `npm run admin:create -- --email you@example.org [--name "Ada"]`
// Creates the first admin, or gives an operator back an admin account (an existing account is only
// promoted). Everyone else, reviewers and further admins, is invited from /staff/people. The password
// comes from ADMIN_PASSWORD or standard input, never from the command line (it would land in shell
// history), and must pass the same strength check as every other password.
import { openDb } from "../db/client";
import { ensureCredentialUser, MIN_PASSWORD_LENGTH } from "../db/marketplace/core/users";
import { runMigrations } from "../db/migrate";
import { passwordWeakness } from "../lib/auth/password-strength";

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
if (arg("role") && arg("role") !== "admin") {
  console.error("✖ This command only creates admins. Invite reviewers from /staff/people once you are signed in as an admin.");
  process.exit(2);
}
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error("Usage: npm run admin:create -- --email you@example.org [--name Name]\nThe password is read from ADMIN_PASSWORD or standard input.");
  process.exit(2);
}
const role = "admin";
const password = process.env.ADMIN_PASSWORD ?? (await readStdin());
const weakness = password.length >= MIN_PASSWORD_LENGTH ? passwordWeakness(password, [email, arg("name") ?? ""]) : undefined;
if (weakness) {
  console.error(`✖ ${weakness}`);
  process.exit(1);
}
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
