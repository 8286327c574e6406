import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { ForbiddenError, getWorkingCopy } from "@/db/marketplace/vendor";
import { requireActor } from "@/db/auth/session";
import { AccountBar } from "../../../_components/account-bar";
import { productFields } from "../../../_components/product-fields";
import { saveProductAction } from "../../../actions";

export const metadata: Metadata = { title: "Edit product details" };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/vendor/products/${id}/edit`);
  let copy;
  try {
    copy = getWorkingCopy(actor, id);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  // Waiting for review (a bookmark, the back button): say why instead of "page not found".
  if (!copy.canEdit && copy.status === "submitted") redirect(`/vendor/products/${id}?locked=1`);
  if (!copy.canEdit) notFound();
  return (
    <>
      <AccountBar actor={actor} />
      <p className="text-sm">
        <Link href={`/vendor/products/${id}`}>Back to {copy.snapshot.name}</Link>
      </p>
      <h1 className="mb-2 mt-2 text-3xl">Edit product details</h1>
      {copy.publishedVersion ? (
        <p className="mb-6 max-w-2xl">Your changes go to review. The public listing stays as it is until a reviewer approves them.</p>
      ) : null}
      <ActionForm action={saveProductAction.bind(null, { productId: id })} submitLabel="Save changes" fields={productFields(copy.snapshot)} />
    </>
  );
}
