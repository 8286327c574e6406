import Link from "next/link";

type Target = { href: string; title: string } | null;

/**
 * On a phone, the step page is long (screen, results, calls, products): this bar stays at the bottom
 * of the screen so "Next step" is always one tap away. From the large breakpoint the page's own
 * navigation is close enough and the bar is not shown.
 */
export function StepNavBar({ index, total, prev, next }: { index: number; total: number; prev: Target; next: Target }) {
  return (
    <nav
      aria-label="Step by step"
      className="sticky bottom-0 z-20 -mx-4 mt-8 border-t-2 border-brand-900 bg-white px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.12)] lg:hidden"
      data-testid="step-nav-bar"
    >
      <div className="flex items-center justify-between gap-2">
        {prev ? (
          <Link href={prev.href} rel="prev" className="rounded-sm px-2 py-2 font-semibold">
            ← <span className="sr-only">Previous: </span>Step {index - 1}
          </Link>
        ) : (
          <span />
        )}
        <a href="#jump-to-step" className="text-sm">
          Step {index} of {total}
          <span className="sr-only">: jump to a step</span>
        </a>
        {next ? (
          <Link href={next.href} rel="next" className="rounded-sm bg-brand-700 px-3 py-2 font-semibold text-white no-underline hover:text-white">
            Next step<span className="sr-only">: {next.title}</span> →
          </Link>
        ) : (
          <Link href="/use-cases" className="px-2 py-2 font-semibold">
            All use cases
          </Link>
        )}
      </div>
    </nav>
  );
}
