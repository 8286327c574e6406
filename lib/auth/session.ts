import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { user, type UserRole } from "@/db/schema";
import type { Actor } from "@/lib/marketplace/authz";
import { getAuth } from "./auth";

/** The signed-in user, with the role read from the database, or null. */
export async function getActor(): Promise<Actor | null> {
  const result = await getAuth().api.getSession({ headers: await headers() });
  if (!result) return null;
  const row = getDb().select({ role: user.role }).from(user).where(eq(user.id, result.user.id)).get();
  if (!row) return null;
  return { userId: result.user.id, email: result.user.email, name: result.user.name, role: row.role as UserRole };
}

/** The signed-in user; otherwise redirects to sign-in and back to `returnTo`. */
export async function requireActor(returnTo = "/vendor"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/vendor/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
