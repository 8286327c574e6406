import type { Actor } from "@/lib/marketplace/authz";
import { ForbiddenError } from "../marketplace/core/types";

/** Whoever calls a staff-only data function: the signed-in actor's role is enough. */
export type Caller = Pick<Actor, "role">;

/**
 * The data layer's own check, whatever the page or action in front of it did: throws unless the caller
 * is a reviewer or an admin (an admin when `role` is "admin").
 */
export function assertStaff(caller: Caller | null | undefined, role?: "admin"): void {
  if (!caller || (caller.role !== "reviewer" && caller.role !== "admin")) throw new ForbiddenError("Only reviewers and admins may do this.");
  if (role === "admin" && caller.role !== "admin") throw new ForbiddenError("Only admins may do this.");
}
