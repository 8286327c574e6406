import Link from "next/link";
import { AccountLinks } from "./account-links";

const NAV = [
  { href: "/building-blocks", label: "Specifications" },
  { href: "/use-cases", label: "Use cases" },
  { href: "/sandbox", label: "Sandbox" },
  { href: "/marketplace", label: "Marketplace" },
] as const;

/** Portal header: identity strip, service name, the three pillars, account links and search. */
export function SiteHeader() {
  return (
    <header className="bg-[var(--color-brand-900)] text-white">
      <div className="border-b border-white/20 bg-black/20">
        <p className="mx-auto max-w-6xl px-4 py-1.5 text-sm">
          An open, community-run reference for the GovStack Building Block approach. Not an official site of any government.
        </p>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-4 py-4">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white hover:underline">
          GovStack Portal
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-semibold text-white hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Account">
          <AccountLinks className="flex flex-wrap gap-x-5 gap-y-2" />
        </nav>
        <form action="/search" method="get" role="search" className="flex w-full max-w-xs gap-1 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search specifications, requirements and use cases
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search"
            className="min-w-0 flex-1 rounded-sm border-2 border-white bg-white px-2 py-1 text-[var(--color-ink)] placeholder:text-[var(--color-muted)]"
          />
          <button type="submit" className="rounded-sm border-2 border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-[var(--color-brand-900)]">
            Search
          </button>
        </form>
      </div>
    </header>
  );
}
