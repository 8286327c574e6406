import type { Metadata } from "next";
import Link from "next/link";
import { listAuditLog } from "@/db/marketplace/review";
import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaff } from "@/db/auth/staff";
import { getBuildingBlock } from "@/lib/content/building-blocks";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Audit log" };

const ACTION_LABELS: Record<string, string> = {
  "organisation.created": "Organisation created",
  "product.created": "Product created",
  "product.updated": "Product details changed",
  "product.logo-changed": "Logo changed",
  "assessment.saved": "Self-assessment saved",
  "product.submitted": "Submitted for review",
  "product.withdrawn": "Withdrawn from review by the vendor",
  "product.deleted": "Draft product deleted",
  "review.approve": "Approved and published",
  "review.request_changes": "Changes requested",
  "review.reject": "Rejected",
  "seed.published": "Published from seed data",
  "user.admin-created": "Admin account created",
};

const bbTitle = (id: unknown) => getBuildingBlock(String(id))?.title ?? String(id);

/** An entry's details as short phrases (the stored JSON is kept for anything not known here). */
function describe(detail: string | null): string[] {
  if (!detail) return [];
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return [detail];
  }
  const out: string[] = [];
  for (const [key, value] of Object.entries(d)) {
    if (value === undefined || value === null) continue;
    if (key === "version") out.push(`Version ${value}`);
    else if (key === "name") out.push(`Name: ${value}`);
    else if (key === "email") out.push(`Email: ${value}`);
    else if (key === "bbId") out.push(`Building Block: ${bbTitle(value)}`);
    else if (key === "answers") out.push(`${value} answer${value === 1 ? "" : "s"}`);
    else if (key === "reason") out.push(`Reason: ${value}`);
    else if (key === "verifiedBbs" && Array.isArray(value))
      out.push(value.length ? `Evidence checked for: ${value.map(bbTitle).join(", ")}` : "No evidence checked");
    else out.push(`${key}: ${JSON.stringify(value)}`);
  }
  return out;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const staff = await requireStaff({ returnTo: "/staff" });
  const actor = { userId: staff.id, email: staff.email, name: staff.name, role: staff.role };
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const log = listAuditLog(actor, page);
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="text-3xl">Audit log</h1>
      <p className="mt-2">Every change and decision, newest first ({log.total} entries).</p>
      <TableScroll className="mt-4" label="Audit log">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <TableHeadRow columns={["When (UTC)", "Who", "What", "Product", "Details"]} />
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id} className="align-top">
                <td className="whitespace-nowrap border border-line p-2">{r.at.slice(0, 19).replace("T", " ")}</td>
                <td className="border border-line p-2">{r.actor}</td>
                <td className="border border-line p-2">
                  {ACTION_LABELS[r.action] ?? r.action}
                  {ACTION_LABELS[r.action] ? <span className="block font-mono text-xs text-muted">{r.action}</span> : null}
                </td>
                <td className="border border-line p-2">{r.productName ?? ""}</td>
                <td className="break-words border border-line p-2">
                  {describe(r.detail).map((line, i) => (
                    <span key={i} className="block whitespace-pre-line">
                      {line}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <nav aria-label="Pages of the audit log" className="mt-4 flex gap-4">
        {page > 1 ? <Link href={`/review/audit?page=${page - 1}`}>Newer entries</Link> : null}
        {page < log.pageCount ? <Link href={`/review/audit?page=${page + 1}`}>Older entries</Link> : null}
      </nav>
    </>
  );
}
