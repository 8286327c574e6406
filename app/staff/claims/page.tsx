import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { StaffNav } from "@/components/staff/staff-nav";
import { Notice } from "@/components/ui/notice";
import { listPendingClaims } from "@/db/marketplace/claims";
import { requireStaff } from "@/db/auth/staff";
import { decideClaimAction } from "../marketplace-actions";

export const metadata: Metadata = { title: "Listing claims", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Vendors asking to take over seeded listings, oldest first, each with approve / reject. */
export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requireStaff({ returnTo: "/staff/claims" });
  const { decided, slug } = await searchParams;
  const claims = listPendingClaims({ userId: staff.id, email: staff.email, name: staff.name, role: staff.role });
  return (
    <div>
      <StaffNav staff={staff} />
      {decided ? (
        <Notice className="mb-4">
          {decided === "approved" && slug ? (
            <>
              Claim approved. The listing now belongs to the vendor: <Link href={`/marketplace/products/${slug}`}>see it</Link>.
            </>
          ) : (
            "Claim rejected. The vendor has been told why."
          )}
        </Notice>
      ) : null}
      <h1 className="text-3xl">Listing claims</h1>
      <p className="mt-2 max-w-3xl">
        A vendor organisation asks to take over a listing the portal compiled from public sources. Check that they make or maintain the product (their website,
        the product&apos;s repository) before approving: the listing then moves to them.
      </p>
      {claims.length === 0 ? <p className="mt-4">No claim is waiting.</p> : null}
      <ul className="mt-4 space-y-6">
        {claims.map((c) => (
          <li key={c.id} className="rounded border border-line p-4">
            <h2 className="text-xl">
              <Link href={`/marketplace/products/${c.productSlug}`}>{c.productName}</Link>, claimed by {c.organisationName}
            </h2>
            <p className="text-sm">
              Asked {c.createdAt.slice(0, 16).replace("T", " ")} UTC by {c.requesterEmail ?? "a deleted account"}
              {c.organisationWebsite ? (
                <>
                  {" "}
                  · organisation website:{" "}
                  <a href={c.organisationWebsite} rel="nofollow noopener">
                    {c.organisationWebsite}
                  </a>
                </>
              ) : null}
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words border-l-4 border-line pl-3">{c.message}</p>
            <div className="mt-3">
              <ActionForm
                action={decideClaimAction.bind(null, c.id)}
                submitLabel={`Record decision on ${c.productName}`}
                fields={[
                  {
                    name: "decision",
                    label: `Decision on the claim of ${c.organisationName}`,
                    type: "radios",
                    options: [
                      { value: "approve", label: "Approve: the listing moves to this organisation" },
                      { value: "reject", label: "Reject" },
                    ],
                  },
                  { name: "reason", label: "Reason for the vendor", type: "textarea", rows: 2, hint: "Required when you reject." },
                ]}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
