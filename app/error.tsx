"use client";

import Link from "next/link";

/** Shown when a page fails on the server: no stack trace, a way forward, and a reference to report. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Sorry, something went wrong</h1>
      <p className="mt-4">The page could not be shown. Nothing you saved has been lost.</p>
      <p className="mt-4">
        <button type="button" onClick={reset} className="rounded-sm bg-brand-700 px-4 py-2 font-semibold text-white">
          Try again
        </button>{" "}
        or go to <Link href="/">the home page</Link>.
      </p>
      {error.digest ? <p className="mt-4 text-sm text-muted">Reference: {error.digest}</p> : null}
    </div>
  );
}
