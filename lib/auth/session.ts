import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { staffSessions, staffUsers, user, type UserRole } from "@/db/schema";
import type { Actor } from "@/lib/marketplace/authz";
import { getAuth } from "./auth";

/** Who is signed in, as the staff pages need it. */
export type SessionUser = { id: string; email: string; role: "reviewer" | "admin" };

const COOKIE = "staff_session";
const SESSION_HOURS = 8;

// Kept on globalThis: pages and route handlers are separate bundles, each with its own module state.
const globalForSession = globalThis as unknown as { staffSessionSecret?: Buffer };

/** STAFF_SESSION_SECRET, or a random per-process secret (sessions then end when the server restarts). */
function secret(): Buffer {
  const fromEnv = process.env.STAFF_SESSION_SECRET;
  if (fromEnv && fromEnv.length >= 32) return Buffer.from(fromEnv);
  if (!globalForSession.staffSessionSecret) {
    console.warn("STAFF_SESSION_SECRET is not set (or shorter than 32 characters): staff sessions last until the server restarts.");
    globalForSession.staffSessionSecret = randomBytes(32);
  }
  return globalForSession.staffSessionSecret;
}

const sign = (token: string) => createHmac("sha256", secret()).update(token).digest("base64url");
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** The token inside a cookie value "token.signature", or undefined when the signature is wrong. */
function verifyCookie(value: string): string | undefined {
  const [token, signature] = value.split(".");
  if (!token || !signature) return undefined;
  const expected = Buffer.from(sign(token));
  const actual = Buffer.from(signature);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? token : undefined;
}

/**
 * THE SEAM: the signed-in staff user of this request, or null.
 * Today it reads the stand-in staff session; the integrator points this one function at the
 * marketplace's better-auth session (auth.api.getSession({ headers })) and maps its role.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const value = (await cookies()).get(COOKIE)?.value;
  const token = value ? verifyCookie(value) : undefined;
  if (!token) return null;
  const row = getDb()
    .select({ id: staffUsers.id, email: staffUsers.email, role: staffUsers.role })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffSessions.userId, staffUsers.id))
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), gt(staffSessions.expiresAt, new Date().toISOString())))
    .get();
  return row ?? null;
}

/** Starts a session for a staff user and sets the httpOnly, SameSite=Lax cookie. */
export async function startStaffSession(userId: string): Promise<void> {
  const db = getDb();
  const now = new Date();
  db.delete(staffSessions).where(lt(staffSessions.expiresAt, now.toISOString())).run();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  db.insert(staffSessions)
    .values({ tokenHash: hashToken(token), userId, expiresAt: expiresAt.toISOString(), createdAt: now.toISOString() })
    .run();
  const https = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(COOKIE, `${token}.${sign(token)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    expires: expiresAt,
  });
}

/** Ends the current staff session (server row and cookie). */
export async function endStaffSession(): Promise<void> {
  const jar = await cookies();
  const value = jar.get(COOKIE)?.value;
  const token = value ? verifyCookie(value) : undefined;
  if (token) getDb().delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token))).run();
  jar.delete(COOKIE);
}

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
