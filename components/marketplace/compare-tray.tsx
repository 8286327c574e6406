"use client";
import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import {
  addChosen,
  clearChosen,
  COMPARE_MAX,
  compareHref,
  mergeChosen,
  readChosen,
  removeChosen,
  serverChosen,
  subscribeChosen,
  type Chosen,
} from "@/lib/marketplace/compare-store";

const useChosen = () => useSyncExternalStore(subscribeChosen, readChosen, serverChosen);
const noSubscription = () => () => {};
/** False while rendering on the server and hydrating, true after: the stored selection is only known then. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * "Compare <name>" checkbox on a card. Without JavaScript it is a plain field of the list's compare
 * form; with it, ticks go to the tray and stay across pages and searches.
 */
export function CompareToggle({ slug, name, checked }: Chosen & { checked: boolean }) {
  const chosen = useChosen();
  const hydrated = useHydrated();
  const [full, setFull] = useState(false);
  const isChosen = hydrated ? chosen.some((c) => c.slug === slug) : checked;
  return (
    <div className="mt-2 text-sm">
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          name="ids"
          value={slug}
          checked={isChosen}
          onChange={(e) => {
            if (!e.target.checked) removeChosen(slug);
            else setFull(!addChosen({ slug, name }));
          }}
          className="size-4"
        />
        Compare {name}
      </label>
      {full ? (
        <p role="alert" className="mt-1 font-semibold text-error">
          You can compare up to {COMPARE_MAX} products. Remove one in the compare tray first.
        </p>
      ) : null}
    </div>
  );
}

/** The list's own "Compare selected" button, only needed without JavaScript (the tray replaces it). */
export function CompareFallbackButton() {
  if (useHydrated()) return null;
  return (
    <button type="submit" className="mt-4 rounded-sm border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700">
      Compare selected products
    </button>
  );
}

/**
 * The compare tray: fixed to the bottom of the window while anything is chosen, so the selection and
 * the compare button stay in view. `fromUrl` are products named in ?ids= (merged in on arrival).
 */
export function CompareTray({ fromUrl = [] }: { fromUrl?: Chosen[] }) {
  const chosen = useChosen();
  const key = fromUrl.map((c) => c.slug).join(",");
  useEffect(() => {
    if (key) mergeChosen(fromUrl);
    // fromUrl is rebuilt on every render; its slugs are what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const shown = chosen.length > 0;
  useEffect(() => {
    if (!shown) return;
    // Keyboard focus never ends up hidden behind the tray (WCAG 2.4.11): scrolling keeps clear of it.
    document.documentElement.style.scrollPaddingBottom = "10rem";
    return () => void (document.documentElement.style.scrollPaddingBottom = "");
  }, [shown]);
  if (!shown) return null;
  return (
    <>
      {/* Room at the foot of the page so the tray never covers the last content. */}
      <div aria-hidden="true" className="h-40 sm:h-24" />
      <section
        aria-label="Compare tray"
        className="fixed inset-x-0 bottom-0 z-40 border-t-4 border-brand-700 bg-white px-3 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.15)]"
      >
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2">
          <h2 className="text-base font-semibold">
            Chosen to compare ({chosen.length} of {COMPARE_MAX})
          </h2>
          <ul className="flex flex-wrap gap-2">
            {chosen.map((c) => (
              <li key={c.slug} className="inline-flex items-center gap-1 rounded-sm border border-line pl-2 text-sm">
                {c.name}
                <button type="button" onClick={() => removeChosen(c.slug)} className="px-2 py-1 font-semibold text-brand-700 underline">
                  Remove<span className="sr-only"> {c.name} from the comparison</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap items-center gap-3">
            {chosen.length >= 2 ? (
              <Link href={compareHref(chosen)} className="rounded-sm bg-brand-700 px-3 py-1.5 font-semibold text-white no-underline hover:bg-brand-900">
                Compare {chosen.length} products
              </Link>
            ) : (
              <span className="text-sm">Choose one more product to compare.</span>
            )}
            <button type="button" onClick={clearChosen} className="text-sm font-semibold text-brand-700 underline">
              Clear all
            </button>
          </div>
        </div>
      </section>
    </>
  );
}
