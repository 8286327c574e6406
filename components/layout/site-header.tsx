import Link from "next/link";
import { AccountLinks } from "./account-links";
import { HeaderMenu } from "./header-menu";

const NAV = [
  { href: "/building-blocks", label: "Specifications" },
  { href: "/use-cases", label: "Use cases" },
  { href: "/sandbox", label: "Sandbox" },
  { href: "/marketplace", label: "Marketplace" },
] as const;

const LINK = "font-semibold whitespace-nowrap text-white hover:text-white";

function MainLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      {NAV.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className={LINK}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function SearchForm({ id, className }: { id: string; className: string }) {
  return (
    <form action="/search" method="get" role="search" className={`flex gap-1 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search specifications, requirements and use cases
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder="Search"
        className="min-w-0 flex-1 rounded-sm border-2 border-white bg-white px-2 py-1 text-ink placeholder:text-muted"
      />
      <button type="submit" className="rounded-sm border-2 border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-brand-900">
        Search
      </button>
    </form>
  );
}

/**
 * Portal header: identity strip, service name, the three pillars, account links and search. From the
 * large breakpoint everything sits on one row (it must not wrap, even with the two staff links); below
 * it, one compact row with a "Menu" disclosure that works without JavaScript. CSS shows exactly one of
 * the two, so assistive technology meets one "Main" navigation.
 */
export function SiteHeader() {
  return (
    <header className="relative bg-brand-900 text-white">
      <div className="border-b border-white/20 bg-black/20">
        <p className="mx-auto max-w-6xl px-4 py-1 text-xs sm:py-1.5 sm:text-sm">
          <span className="sm:hidden">Community-run GovStack reference. Not a government site.</span>
          <span className="hidden sm:inline">
            An open, community-run reference for the GovStack Building Block approach. Not an official site of any government.
          </span>
        </p>
      </div>
      <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-2 lg:py-4">
        <Link href="/" className="text-lg font-bold whitespace-nowrap text-white no-underline hover:text-white hover:underline lg:text-xl">
          GovStack Portal
        </Link>
        <nav aria-label="Main" className="hidden flex-1 lg:block">
          <MainLinks className="flex gap-x-5" />
        </nav>
        <nav aria-label="Account" className="hidden lg:block">
          <AccountLinks className="flex gap-x-5 whitespace-nowrap" />
        </nav>
        <SearchForm id="site-search" className="hidden w-48 lg:flex" />

        <HeaderMenu
          className="group ml-auto lg:hidden"
          summary={
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-sm border-2 border-white px-3 py-1 font-semibold [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="text-lg leading-none group-open:hidden">
                ☰
              </span>
              <span aria-hidden="true" className="hidden text-lg leading-none group-open:inline">
                ✕
              </span>
              Menu
            </summary>
          }
        >
          <div className="absolute inset-x-0 top-full z-30 space-y-4 border-t border-white/30 bg-brand-900 px-4 pt-3 pb-5 shadow-lg">
            <nav aria-label="Main">
              <MainLinks className="grid gap-3 sm:grid-cols-2" />
            </nav>
            <nav aria-label="Account">
              <AccountLinks className="flex flex-wrap gap-x-5 gap-y-2" />
            </nav>
            <SearchForm id="site-search-menu" className="w-full max-w-md" />
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
