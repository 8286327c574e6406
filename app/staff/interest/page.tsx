import type { Metadata } from "next";
import { StaffNav } from "@/components/staff/staff-nav";
import { listInterest } from "@/db/interest";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { requireStaff } from "@/db/auth/staff";
import { getUseCaseTitles } from "@/lib/content/use-cases";

export const metadata: Metadata = { title: "Expressions of interest", robots: { index: false } };

export default async function StaffInterestPage() {
  const staff = await requireStaff({ returnTo: "/staff/interest" });
  const titles = getUseCaseTitles();
  const items = listInterest(staff);
  const bbTitle = new Map(getBuildingBlocks().map((bb) => [bb.id, bb.title]));
  return (
    <div>
      <StaffNav staff={staff} />
      <h1 className="text-3xl">Expressions of interest</h1>
      <p className="mt-4">From ministries and agencies, newest first. Deleted automatically after 24 months.</p>
      {items.length === 0 ? <p className="mt-6">There are none yet.</p> : null}
      <ul className="mt-6 space-y-6">
        {items.map((item) => (
          <li key={item.id} className="border border-line p-4">
            <h2 className="text-xl">
              {item.organisation}, {item.country}
            </h2>
            <p className="mt-1 text-sm text-muted">Sent {item.createdAt.slice(0, 16).replace("T", " ")} UTC</p>
            <p className="mt-2">
              {item.contactName} · <a href={`mailto:${item.email}`}>{item.email}</a>
            </p>
            <p className="mt-2">
              <strong>Use cases:</strong> {item.useCases.map((id) => titles[id] ?? id).join(", ") || "none chosen"}
            </p>
            <p className="mt-1">
              <strong>Building Blocks:</strong> {item.buildingBlocks.map((id) => bbTitle.get(id) ?? id).join(", ") || "none chosen"}
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words">{item.message}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
