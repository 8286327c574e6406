import { canReview, type Actor } from "@/lib/marketplace/authz";
import { ForbiddenError } from "../marketplace/core/types";

/** Whoever calls a staff-only data function: the signed-in actor's role is enough. */
export type Caller = Pick<Actor, "role">;

/**
 * The data layer's own check, whatever the page or action in front of it did: throws unless the caller
 * is a reviewer or an admin (an admin when `role` is "admin").
 */
export function assertStaff<C extends Caller>(caller: C | null | undefined, role?: "admin"): asserts caller is C {
  if (role === "admin" ? caller?.role !== "admin" : !canReview(caller)) {
    throw new ForbiddenError(role === "admin" ? "Only admins can do this." : "Only reviewers can do this.");
  }
}
