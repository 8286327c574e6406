import Link from "next/link";

/** Says the service is new and asks for feedback (GOV.UK phase banner pattern). */
export function PhaseBanner() {
  return (
    <div className="border-b border-line">
      <p className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 text-sm">
        <strong className="rounded-sm bg-brand-700 px-2 py-0.5 text-xs uppercase tracking-wide text-white">Beta</strong>
        <span>
          This is a new service. Your <Link href="/get-involved">feedback</Link> will help us improve it.
        </span>
      </p>
    </div>
  );
}
