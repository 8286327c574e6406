// Test fixture: puts a reviewer or admin straight into the e2e database. The product's CLI
// (npm run admin:create) only makes admins; reviewers are invited from /staff/people, which
// e2e/marketplace-choose.spec.ts walks through once. Run by createStaff() below with tsx.
import { openDb } from "../db/client";
import { ensureCredentialUser } from "../db/marketplace/core/users";

const [email, role] = process.argv.slice(2) as [string, "admin" | "reviewer"];
const db = openDb();
try {
  ensureCredentialUser(db, { email, password: process.env.STAFF_PASSWORD!, role });
} finally {
  db.$client.close();
}
