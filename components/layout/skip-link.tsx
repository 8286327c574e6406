/** First focusable element on every page: jumps past the header (WCAG 2.4.1). */
export function SkipLink() {
  return (
    <a href="#main" className="sr-only bg-focus px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
      Skip to main content
    </a>
  );
}
