"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";
import { readAccountHint, type AccountHint } from "@/lib/auth/account-hint";

const LINKS: Record<AccountHint | "none", { href: string; label: string }[]> = {
  none: [{ href: "/sign-in", label: "Sign in" }],
  vendor: [{ href: "/vendor", label: "Your products" }],
  // One workspace for reviewers and admins: its page counts what waits in every queue.
  staff: [{ href: "/staff", label: "Staff workspace" }],
};

// Cookies change only on navigation after sign-in or sign-out, so there is nothing to subscribe to.
const subscribe = () => () => {};

/**
 * The header's account links. The server renders "Sign in" (pages stay static and cached); the
 * browser swaps in the signed-in area from the readable account-hint cookie. Without JavaScript,
 * /sign-in sends a signed-in person on to their area. The hint grants nothing: every page checks the session.
 */
export function AccountLinks({ className }: { className?: string }) {
  // Re-read on every navigation: signing in or out always ends on another page.
  usePathname();
  const hint = useSyncExternalStore(
    subscribe,
    () => readAccountHint(document.cookie),
    () => null,
  );
  return (
    <ul className={className}>
      {LINKS[hint ?? "none"].map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="font-semibold whitespace-nowrap text-white hover:text-white">
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
