import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

export type Staff = SessionUser;

/** The signed-in reviewer or admin, or null for everyone else. */
export async function getStaff(): Promise<Staff | null> {
  const user = await getSessionUser();
  return user && (user.role === "reviewer" || user.role === "admin") ? user : null;
}

/**
 * Guards every staff page and action. Visitors are sent to the staff sign-in page; a reviewer asking
 * for an admin-only thing gets a 404 (nothing to see here).
 * @param options.role "admin" for admin-only actions.
 * @param options.returnTo a /staff path to come back to after signing in.
 */
export async function requireStaff(options: { role?: "admin"; returnTo?: string } = {}): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) {
    const back = options.returnTo?.startsWith("/staff/") ? `?next=${encodeURIComponent(options.returnTo)}` : "";
    redirect(`/staff/sign-in${back}`);
  }
  if (options.role === "admin" && staff.role !== "admin") notFound();
  return staff;
}
