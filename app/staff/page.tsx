import type { Metadata } from "next";
import Link from "next/link";
import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaff } from "@/lib/auth/staff";

export const metadata: Metadata = { title: "Reviewers", robots: { index: false } };

export default async function StaffHome() {
  const staff = await requireStaff({ returnTo: "/staff" });
  return (
    <div>
      <StaffNav staff={staff} />
      <h1 className="text-3xl">Reviewers</h1>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li><Link href="/staff/feedback">Feedback on specifications</Link></li>
        <li><Link href="/staff/applications">Contributor applications</Link></li>
        <li><Link href="/staff/interest">Expressions of interest from countries</Link></li>
      </ul>
    </div>
  );
}
