import { execFileSync } from "node:child_process";

/** Creates a staff account on the throwaway e2e database (the server has already migrated it). */
export function createStaff(user: { email: string; password: string }, role: "admin" | "reviewer"): void {
  execFileSync("node_modules/.bin/tsx", ["e2e/create-staff.ts", user.email, role], {
    env: { ...process.env, DATABASE_PATH: ".e2e/portal.db", STAFF_PASSWORD: user.password },
    stdio: "pipe",
  });
}
