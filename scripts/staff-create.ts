// `npm run staff:create -- --email someone@example.org --role admin|reviewer`
// Creates (or resets) a staff account. The password comes from env STAFF_PASSWORD or from stdin;
// there is no default password.
import { parseArgs } from "node:util";
import { databasePath, openDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { upsertStaffUser } from "../db/staff-users";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/password";

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write("Password (input is shown; prefer STAFF_PASSWORD or a pipe): ");
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.toString().includes("\n")) break;
  }
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "reviewer" } } });
const email = values.email?.trim() ?? "";
const role = values.role;
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail("Give a valid --email, e.g. --email reviewer@example.org");
if (role !== "reviewer" && role !== "admin") fail('--role must be "reviewer" or "admin"');

const password = process.env.STAFF_PASSWORD ?? (await readStdin());
if (password.length < MIN_PASSWORD_LENGTH) {
  fail(`The password must be at least ${MIN_PASSWORD_LENGTH} characters (set STAFF_PASSWORD or pipe it on stdin).`);
}

const db = openDb();
try {
  runMigrations(db);
  const result = await upsertStaffUser(db, { email, role, password });
  console.log(`✓ Staff account ${email.toLowerCase()} (${role}) ${result} in ${databasePath()}`);
} finally {
  db.$client.close();
}
