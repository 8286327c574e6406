import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SeedTag } from "@/components/marketplace/badges";
import { CompareToggle, CompareTray } from "@/components/marketplace/compare-tray";
import { EvidenceSummaryView } from "@/components/marketplace/evidence-summary";
import { ProductDetail } from "@/components/marketplace/product-detail";
import { UseCaseEvidence } from "@/components/marketplace/use-case-evidence";
import { latestVerified } from "@/db/conformance";
import { extraEvidenceBySlug } from "@/db/evidence";
import { getPublishedProduct } from "@/db/marketplace/catalogue";
import { REFERENCE_SLUG } from "@/db/seed/conformance-reference";
import { worksInUseCases } from "@/db/swap";
import { getActor } from "@/db/auth/session";
import { levelsFor } from "@/db/marketplace/core/publish";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { bbLabel } from "@/lib/marketplace/options";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = getPublishedProduct((await params).slug);
  return product ? { title: `${product.name} · Marketplace`, description: product.summary } : { title: "Product not found" };
}

export default async function ProductPage({ params }: Props) {
  const product = getPublishedProduct((await params).slug);
  if (!product) notFound();
  const levels = levelsFor(product);
  const titles = new Map(getBuildingBlocks().map((b) => [b.id, bbLabel(b)]));
  return (
    <>
      <p className="text-sm">
        <Link href="/marketplace">Marketplace</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        {product.logoFile ? (
          // eslint-disable-next-line @next/next/no-img-element -- logos are served by our own route, already size-limited
          <img src={`/api/marketplace/logos/${product.logoFile}`} alt="" width={64} height={64} className="size-16 object-contain" />
        ) : null}
        <div>
          <h1 className="text-3xl">{product.name}</h1>
          <p className="text-muted">by {product.organisation.name}</p>
        </div>
      </div>
      <p className="mt-3 max-w-3xl text-lg">{product.summary}</p>
      <section aria-labelledby="evidence-headline" className="mt-3 max-w-3xl">
        <h2 id="evidence-headline" className="sr-only">
          Evidence, strongest first
        </h2>
        <EvidenceSummaryView
          claims={product.bbs.map((b) => ({ bbId: b.bbId, evidence: b.evidence, level: levels.get(b.bbId) ?? 0 }))}
          isSeed={product.isSeed}
          bbTitles={titles}
          extra={extraEvidenceBySlug([product.slug]).get(product.slug)}
        />
      </section>
      {product.isSeed ? (
        <p className="mt-3 max-w-3xl">
          Is this your product? <Link href={`/vendor/claims/new?product=${encodeURIComponent(product.slug)}`}>Ask to take over this listing</Link>: once a
          reviewer approves, you can correct it and assess it against the requirements.
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {product.isSeed ? <SeedTag /> : null}
        {product.slug === REFERENCE_SLUG ? (
          <span className="inline-block rounded-sm bg-reference-tint px-1.5 text-sm text-brand-700">
            Reference listing: the portal&apos;s own mocks, not a product
          </span>
        ) : null}
        <span>
          Published version {product.versionNumber}, approved {product.publishedAt.slice(0, 10)}
        </span>
        <Link href="/marketplace#results-heading">Find other products to compare</Link>
        <a href={`/api/marketplace/products/${product.slug}`}>This listing as JSON</a>
      </p>
      <CompareToggle slug={product.slug} name={product.name} checked={false} />
      <ProductDetail product={product} testEvidence={latestVerified(product.productId)} />
      <UseCaseEvidence evidence={worksInUseCases(product.productId, await getActor())} />
      <CompareTray />
    </>
  );
}
