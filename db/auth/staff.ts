import "server-only";
import { notFound, redirect } from "next/navigation";
import { getActor } from "./session";

/** A signed-in reviewer or admin (a Better Auth user with one of those roles). */
export type Staff = { id: string; email: string; name: string; role: "reviewer" | "admin" };

/** The signed-in reviewer or admin, or null for visitors and vendors. */
export async function getStaff(): Promise<Staff | null> {
  const actor = await getActor();
  if (!actor || (actor.role !== "reviewer" && actor.role !== "admin")) return null;
  return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role };
}

/**
 * Guards every staff page and action. Visitors are sent to sign in and back to `returnTo`; signed-in
 * vendors, and reviewers asking for an admin-only thing, get a 404 (nothing to see here).
 * @param options.role "admin" for admin-only actions.
 * @param options.returnTo a /staff path to come back to after signing in.
 */
export async function requireStaff(options: { role?: "admin"; returnTo?: string } = {}): Promise<Staff> {
  const actor = await getActor();
  if (!actor) {
    const back = options.returnTo?.startsWith("/staff") ? `?next=${encodeURIComponent(options.returnTo)}` : "";
    redirect(`/sign-in${back}`);
  }
  if (actor.role !== "reviewer" && actor.role !== "admin") notFound();
  if (options.role === "admin" && actor.role !== "admin") notFound();
  return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role };
}
