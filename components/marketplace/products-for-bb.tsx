import Link from "next/link";
import { listPublishedProductsForBb } from "@/db/marketplace/catalogue";
import { LevelBadge } from "./badges";

/**
 * "Products for this BB": a short server-rendered list for BB spec pages and journey steps,
 * linking to the filtered marketplace. Renders nothing-found text when no product claims the BB.
 */
export function ProductsForBb({
  bbId,
  bbTitle,
  limit = 6,
  headingLevel = 2,
  found,
}: {
  bbId: string;
  bbTitle: string;
  limit?: number;
  headingLevel?: 2 | 3;
  /** The list when the caller has already read it (journey steps check which BBs have products first). */
  found?: ReturnType<typeof listPublishedProductsForBb>;
}) {
  const { products, total } = found ?? listPublishedProductsForBb(bbId, limit);
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`products-for-${bbId}`} className="mt-8">
      <H id={`products-for-${bbId}`} className={headingLevel === 2 ? "text-2xl" : "text-xl"}>
        Products for {bbTitle}
      </H>
      {products.length === 0 ? (
        <p className="mt-2">No product in the marketplace claims this Building Block yet.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {products.map((p) => (
            <li key={p.slug} className="flex flex-wrap items-baseline gap-x-2">
              <Link href={`/marketplace/products/${p.slug}`} className="font-semibold">
                {p.name}
              </Link>
              <span className="text-sm text-muted">by {p.organisationName}</span>
              {p.isSeed ? <span className="text-sm">(seed data, not assessed)</span> : <LevelBadge level={p.bestLevel} />}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3">
        <Link href={`/marketplace?bb=${encodeURIComponent(bbId)}`}>
          {total > products.length ? `See all ${total} products for ${bbTitle}` : `Browse the marketplace for ${bbTitle}`}
        </Link>
      </p>
    </section>
  );
}
