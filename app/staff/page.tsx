import type { Metadata } from "next";
import Link from "next/link";
import { StaffNav } from "@/components/staff/staff-nav";
import { workspaceCounts } from "@/db/marketplace/staff";
import { requireStaff } from "@/db/auth/staff";

export const metadata: Metadata = { title: "Staff workspace", robots: { index: false } };
export const dynamic = "force-dynamic";

/** One workspace for reviewers and admins: what waits, with counts, and where to deal with it. */
export default async function StaffHome() {
  const staff = await requireStaff({ returnTo: "/staff" });
  const counts = workspaceCounts({ userId: staff.id, email: staff.email, name: staff.name, role: staff.role });
  const queues = [
    {
      href: "/review",
      title: "Marketplace submissions",
      n: counts.submissions,
      what: (n: number) => `${n} waiting for a decision`,
      about: "Products vendors submitted for review.",
    },
    {
      href: "/staff/claims",
      title: "Listing claims",
      n: counts.claims,
      what: (n: number) => `${n} waiting for a decision`,
      about: "Vendors asking to take over a seeded listing.",
    },
    {
      href: "/staff/feedback",
      title: "Feedback on specifications",
      n: counts.feedback,
      what: (n: number) => `${n} new`,
      about: "Comments from readers of the specifications.",
    },
    {
      href: "/staff/applications",
      title: "Contributor applications",
      n: counts.applications,
      what: (n: number) => `${n} new`,
      about: "Experts offering to write or review specifications.",
    },
    {
      href: "/staff/interest",
      title: "Country interest",
      n: counts.interest,
      what: (n: number) => `${n} in the last 30 days`,
      about: "Ministries and agencies asking to work with us.",
    },
  ];
  const waiting = counts.submissions + counts.claims + counts.feedback + counts.applications;
  return (
    <div>
      <StaffNav staff={staff} />
      <h1 className="text-3xl">Staff workspace</h1>
      <p className="mt-2">{waiting ? (waiting === 1 ? "1 item waits for you." : `${waiting} items wait for you.`) : "Nothing waits for you right now."}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {queues.map((q) => (
          <li key={q.href} className={`rounded border-2 p-4 ${q.n ? "border-brand-700" : "border-line"}`}>
            <h2 className="text-xl">
              <Link href={q.href}>{q.title}</Link>
            </h2>
            <p className="mt-1 text-2xl font-semibold">{q.what(q.n)}</p>
            <p className="mt-1 text-sm">{q.about}</p>
          </li>
        ))}
      </ul>
      {staff.role === "admin" ? (
        <p className="mt-6">
          <Link href="/staff/people">Invite or remove reviewers and admins</Link>
        </p>
      ) : null}
    </div>
  );
}
