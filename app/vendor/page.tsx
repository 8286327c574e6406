import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { listMyClaims } from "@/db/marketplace/claims";
import { listMyOrganisations, listMyProducts } from "@/db/marketplace/vendor";
import { getActor } from "@/db/auth/session";
import { REVIEW_STATUS_LABELS } from "@/lib/marketplace/options";
import { AccountBar } from "./_components/account-bar";
import { TableHeadRow } from "@/components/ui/table-head-row";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "List your product" };

export default async function VendorHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const actor = await getActor();
  // A confirmation link that failed comes back with ?error= (expired, used, or for another account).
  // Not a <Notice tone="error">: its tint (#fdecea) is its own, a shade off the error tint (#fdecec).
  const linkFailed =
    sp.verified && sp.error ? (
      <p role="alert" className="mb-4 border-l-4 border-error bg-link-failed-tint p-3">
        This confirmation link has expired or is not valid. Sign in and ask for a new one.
      </p>
    ) : null;
  if (!actor) {
    return (
      <>
        {linkFailed}
        <h1 className="text-3xl">List your product</h1>
        <p className="mt-3 max-w-2xl">
          Vendors and open-source projects can list products that implement GovStack Building Blocks. You describe the product, answer each Building
          Block&apos;s requirements, and submit it. A reviewer checks the submission before it is published, and buyers can see how each claim was checked.
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          <li>
            <Link href="/vendor/sign-up">Create an account</Link>
          </li>
          <li>
            <Link href="/sign-in">Sign in</Link>
          </li>
        </ul>
      </>
    );
  }
  const orgs = listMyOrganisations(actor);
  const products = listMyProducts(actor);
  const claims = listMyClaims(actor);
  return (
    <>
      <AccountBar actor={actor} />
      {linkFailed}
      {sp.verified && !sp.error ? <Notice className="mb-4">Your email address is confirmed. You can now submit products for review.</Notice> : null}
      {sp.deleted ? <Notice className="mb-4">The draft is deleted, with its answers and logo.</Notice> : null}
      {sp.claimed ? (
        <Notice className="mb-4">
          Your request is sent. A reviewer will check it; you will get an email, and the listing will appear under your products once approved.
        </Notice>
      ) : null}
      <h1 className="text-3xl">Your products</h1>
      {orgs.length === 0 ? (
        <p className="mt-3">
          First, <Link href="/vendor/organisations/new">create your organisation</Link>. Products are listed in an organisation&apos;s name.
        </p>
      ) : (
        <>
          <h2 className="mt-6 text-xl">Organisations</h2>
          <ul className="mt-2 space-y-1">
            {orgs.map((o) => (
              <li key={o.id}>
                <strong>{o.name}</strong> · <Link href={`/vendor/products/new?org=${o.id}`}>Add a product for {o.name}</Link>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href="/vendor/organisations/new">Create another organisation</Link>
          </p>
          <h2 className="mt-6 text-xl">Products</h2>
          {products.length === 0 ? (
            <p className="mt-2">No products yet.</p>
          ) : (
            <TableScroll className="mt-2" label="Your products">
              <table className="w-full border-collapse text-left">
                <thead>
                  <TableHeadRow columns={["Product", "Organisation", "Status", "Public listing"]} />
                </thead>
                <tbody>
                  {products.map((p) => (
                    <tr key={p.id}>
                      <td className="border border-line p-2">
                        <Link href={`/vendor/products/${p.id}`}>{p.name}</Link>
                      </td>
                      <td className="border border-line p-2">{p.organisationName}</td>
                      <td className="border border-line p-2">{REVIEW_STATUS_LABELS[p.status]}</td>
                      <td className="border border-line p-2">
                        {p.publishedVersion ? <Link href={`/marketplace/products/${p.slug}`}>Version {p.publishedVersion} is public</Link> : "Not published"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {claims.length ? (
            <>
              <h2 className="mt-6 text-xl">Listings you asked to take over</h2>
              <ul className="mt-2 space-y-1">
                {claims.map((c) => (
                  <li key={c.id}>
                    <Link href={`/marketplace/products/${c.productSlug}`}>{c.productName}</Link> for {c.organisationName}:{" "}
                    <strong>{c.status === "pending" ? "waiting for a reviewer" : c.status === "approved" ? "approved" : "not approved"}</strong>
                    {c.reason && c.status === "rejected" ? <span className="block text-sm">Reason: {c.reason}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
