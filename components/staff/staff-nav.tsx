import Link from "next/link";
import { signOutAction } from "@/components/auth/actions";
import type { Staff } from "@/db/auth/staff";

const LINKS = [
  ["/staff", "Workspace"],
  ["/review", "Submissions"],
  ["/staff/claims", "Listing claims"],
  ["/staff/feedback", "Feedback"],
  ["/staff/applications", "Applications"],
  ["/staff/interest", "Country interest"],
  ["/review/audit", "Audit log"],
] as const;
const ADMIN_LINKS = [["/staff/people", "Reviewers and admins"]] as const;

/** The staff workspace's links (marketplace and get-involved queues in one place), who is signed in, and sign out. */
export function StaffNav({ staff }: { staff: Staff }) {
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4">
      <nav aria-label="Staff workspace">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {[...LINKS, ...(staff.role === "admin" ? ADMIN_LINKS : [])].map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutAction} className="flex items-center gap-3 text-sm">
        <span>
          Signed in as {staff.email} ({staff.role})
        </span>
        <button type="submit" className="rounded-sm border-2 border-brand-700 px-3 py-1 font-semibold text-brand-700">
          Sign out
        </button>
      </form>
    </div>
  );
}
