import Link from "next/link";
import { REPOSITORY_URL } from "@/lib/content/repository";

const LINKS = [
  { href: "/about", label: "About the portal" },
  { href: "/accessibility", label: "Accessibility statement" },
  { href: "/get-involved", label: "Get involved" },
  { href: "/building-blocks", label: "Specifications" },
  { href: "/use-cases", label: "Use cases" },
  { href: "/marketplace", label: "Marketplace" },
] as const;

/** Footer with identifier-style links, licence and source. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand-700 bg-surface-footer">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm">
        <h2 className="sr-only">Support links</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
          <li>
            <a href={REPOSITORY_URL}>Source code</a>
          </li>
        </ul>
        <p className="mt-6 text-muted">
          Content and code are open source under the Apache License 2.0. Specifications are written by this portal&apos;s contributors and are compatible with
          the interfaces published by the GovStack initiative. Sandbox data is synthetic.
        </p>
      </div>
    </footer>
  );
}
