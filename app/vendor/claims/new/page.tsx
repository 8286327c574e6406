import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { getClaimableProduct } from "@/db/marketplace/claims";
import { listMyOrganisations } from "@/db/marketplace/vendor";
import { requireActor } from "@/db/auth/session";
import { AccountBar } from "../../_components/account-bar";
import { requestClaimAction } from "../../actions";

export const metadata: Metadata = { title: "Take over a listing" };

/** A vendor asks to take over a seeded listing for one of their organisations. */
export default async function NewClaimPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { product: slug = "" } = await searchParams;
  const actor = await requireActor(`/vendor/claims/new?product=${encodeURIComponent(slug)}`);
  const product = /^[a-z0-9-]{1,80}$/.test(slug) ? getClaimableProduct(slug) : undefined;
  if (!product) notFound();
  const orgs = listMyOrganisations(actor);
  return (
    <>
      <AccountBar actor={actor} />
      <p className="text-sm">
        <Link href={`/marketplace/products/${product.slug}`}>Back to {product.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Take over the listing of {product.name}</h1>
      <p className="mt-2 max-w-3xl">
        The portal compiled this listing from public sources. If your organisation makes or maintains {product.name}, ask to take it over. A reviewer checks the
        request; once approved, the listing is yours to correct, and you can answer the requirements to show a compliance level.
      </p>
      {orgs.length === 0 ? (
        <p className="mt-4">
          First <Link href="/vendor/organisations/new">create your organisation</Link>, then come back to this page.
        </p>
      ) : (
        <div className="mt-6 max-w-2xl">
          <ActionForm
            action={requestClaimAction.bind(null, product.slug)}
            submitLabel="Ask to take over this listing"
            fields={[
              {
                name: "organisationId",
                label: "For which organisation?",
                type: "radios",
                defaultValue: orgs.length === 1 ? orgs[0]!.id : undefined,
                options: orgs.map((o) => ({ value: o.id, label: o.name })),
              },
              {
                name: "message",
                label: `How is your organisation connected to ${product.name}?`,
                type: "textarea",
                rows: 4,
                hint: "For the reviewer: for example, you maintain its repository, or its website names you. Links help. 20 to 2,000 characters.",
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
