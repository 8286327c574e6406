import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffNav } from "@/components/staff/staff-nav";
import { getApplication } from "@/db/applications";
import { APPLICATION_STATUSES } from "@/lib/involvement/options";
import { requireStaff } from "@/db/auth/staff";
import { markApplication, removeApplication } from "../../actions";
import { SelectField } from "@/components/ui/select-field";

export const metadata: Metadata = { title: "Contributor application", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; confirm?: string }> };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export default async function StaffApplicationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaff({ returnTo: `/staff/applications/${encodeURIComponent(id)}` });
  const { saved, confirm } = await searchParams;
  const a = getApplication(staff, id);
  if (!a) notFound();
  const rows: [string, string][] = [
    ["Email", a.email],
    ["Gender", a.gender === "other" ? `Other: ${a.genderOther ?? ""}` : a.gender === "male" ? "Male" : "Female"],
    ["Nationality", a.nationality],
    ["Country of residence", a.residence],
    ["Domains of expertise", a.domains.join(", ")],
    ["Sent", `${a.createdAt.slice(0, 16).replace("T", " ")} UTC`],
  ];
  return (
    <div>
      <StaffNav staff={staff} />
      <p>
        <Link href="/staff/applications">All applications</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        {a.firstName} {a.lastName}
      </h1>
      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-xl">Motivation</h2>
      <p className="mt-2 max-w-2xl whitespace-pre-wrap break-words">{a.motivation}</p>
      <h2 className="mt-8 text-xl">CV</h2>
      <p className="mt-2">
        <a href={`/staff/applications/${a.id}/cv`} download>
          Download CV{" "}
          <span className="sr-only">
            of {a.firstName} {a.lastName}
          </span>
        </a>{" "}
        ({a.cvOriginalName}, {a.cvMime === "application/pdf" ? "PDF" : "Word"}, {size(a.cvSize)})
      </p>

      <h2 className="mt-8 text-xl">Mark this application</h2>
      {saved ? (
        <p role="status" className="mt-2 font-semibold text-ok">
          Saved.
        </p>
      ) : null}
      <form action={markApplication} className="mt-2 flex flex-wrap items-end gap-3">
        <input type="hidden" name="id" value={a.id} />
        <SelectField
          id="status"
          name="status"
          label="Status"
          defaultValue={a.status}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))}
          extraClass="capitalize"
        />
        <button type="submit" className="rounded-sm bg-brand-700 px-3 py-1.5 font-semibold text-white">
          Save status
        </button>
      </form>

      {staff.role === "admin" ? (
        <section aria-labelledby="delete" className="mt-10 max-w-2xl border-t border-line pt-6">
          <h2 id="delete" className="text-xl">
            Delete this application
          </h2>
          <p className="mt-2">This deletes the answers and the CV file. It cannot be undone.</p>
          <form action={removeApplication} className="mt-3">
            <input type="hidden" name="id" value={a.id} />
            <div className={`mb-4 ${confirm === "missing" ? "border-l-4 border-error pl-3" : ""}`}>
              {confirm === "missing" ? (
                <p id="confirm-error" className="font-semibold text-error">
                  <span className="sr-only">Error: </span>Tick the box to confirm the deletion
                </p>
              ) : null}
              <div className="flex items-start gap-2">
                <input
                  id="confirm"
                  name="confirm"
                  type="checkbox"
                  value="yes"
                  aria-describedby={confirm === "missing" ? "confirm-error" : undefined}
                  className="mt-1 size-5 shrink-0"
                />
                <label htmlFor="confirm">I understand the application and CV will be deleted for good</label>
              </div>
            </div>
            <button type="submit" className="rounded-sm bg-error px-3 py-1.5 font-semibold text-white">
              Delete application and CV
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
