import type { Metadata } from "next";
import Link from "next/link";
import { StaffNav } from "@/components/staff/staff-nav";
import { listApplications } from "@/db/applications";
import { requireStaff } from "@/db/auth/staff";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Contributor applications", robots: { index: false } };

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function StaffApplicationsPage({ searchParams }: Props) {
  const staff = await requireStaff({ returnTo: "/staff/applications" });
  const { deleted } = await searchParams;
  const applications = await listApplications(staff);
  return (
    <div>
      <StaffNav staff={staff} />
      <h1 className="text-3xl">Contributor applications</h1>
      {deleted ? (
        <p role="status" className="mt-4 font-semibold text-ok">
          The application and its CV were deleted.
        </p>
      ) : null}
      <p className="mt-4">Applications are deleted automatically 12 months after they were sent.</p>
      {applications.length === 0 ? (
        <p className="mt-6">There are no applications.</p>
      ) : (
        <TableScroll className="mt-6" label="Contributor applications">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Contributor applications, newest first</caption>
            <thead>
              <TableHeadRow columns={["Name", "Domains", "Sent", "Status"]} rowClass="border-b-2 border-ink" cellClass="py-2 pr-4" />
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/staff/applications/${a.id}`}>
                      {a.firstName} {a.lastName}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{a.domains.join(", ")}</td>
                  <td className="py-2 pr-4">{a.createdAt.slice(0, 10)}</td>
                  <td className="py-2 pr-4 capitalize">{a.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
