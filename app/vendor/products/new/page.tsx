import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { isMember } from "@/db/marketplace/vendor";
import { requireActor } from "@/db/auth/session";
import { AccountBar } from "../../_components/account-bar";
import { productFields } from "../../_components/product-fields";
import { saveProductAction } from "../../actions";

export const metadata: Metadata = { title: "Add a product" };

export default async function NewProductPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const { org } = await searchParams;
  const actor = await requireActor(`/vendor/products/new${org ? `?org=${org}` : ""}`);
  if (!org || !isMember(actor, org)) notFound();
  return (
    <>
      <AccountBar actor={actor} />
      <h1 className="mb-2 text-3xl">Add a product</h1>
      <p className="mb-6 max-w-2xl">The product is saved as a draft. Nobody else sees it until a reviewer approves it.</p>
      <ActionForm action={saveProductAction.bind(null, { organisationId: org })} submitLabel="Save draft" fields={productFields()} />
    </>
  );
}
