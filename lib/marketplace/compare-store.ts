// The compare selection, kept in localStorage so it survives paging, searching and the finder.
// Browser-only; the server passes the URL's ?ids= to the tray, which merges them in.

export type Chosen = { slug: string; name: string };
export const COMPARE_MAX = 4;
const KEY = "govstack-marketplace-compare";
const EVENT = "govstack-compare-change";

let cacheRaw: string | null | undefined;
let cache: Chosen[] = [];

function parse(raw: string | null): Chosen[] {
  try {
    const value = JSON.parse(raw ?? "[]") as unknown;
    if (!Array.isArray(value)) return [];
    return value
      .filter((v): v is Chosen => typeof v?.slug === "string" && typeof v?.name === "string" && /^[a-z0-9-]{1,80}$/.test(v.slug))
      .slice(0, COMPARE_MAX);
  } catch {
    return [];
  }
}

/** The current selection (the same array until it changes, as useSyncExternalStore needs). */
export function readChosen(): Chosen[] {
  const raw = window.localStorage.getItem(KEY);
  if (raw !== cacheRaw) {
    cacheRaw = raw;
    cache = parse(raw);
  }
  return cache;
}

export const serverChosen = (): Chosen[] => [];

function write(list: Chosen[]) {
  window.localStorage.setItem(KEY, JSON.stringify(list.slice(0, COMPARE_MAX)));
  window.dispatchEvent(new Event(EVENT));
}

/** Adds a product; @returns false when the selection is full. */
export function addChosen(item: Chosen): boolean {
  const list = readChosen();
  if (list.some((c) => c.slug === item.slug)) return true;
  if (list.length >= COMPARE_MAX) return false;
  write([...list, item]);
  return true;
}

export function removeChosen(slug: string): void {
  write(readChosen().filter((c) => c.slug !== slug));
}

export function clearChosen(): void {
  write([]);
}

/** Adds products named in the URL, as far as there is room. */
export function mergeChosen(items: Chosen[]): void {
  const list = [...readChosen()];
  for (const item of items) if (!list.some((c) => c.slug === item.slug) && list.length < COMPARE_MAX) list.push(item);
  if (list.length !== readChosen().length) write(list);
}

export function subscribeChosen(onChange: () => void): () => void {
  const storage = (e: StorageEvent) => e.key === KEY && onChange();
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", storage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", storage);
  };
}

/** The compare page address for a selection. */
export const compareHref = (list: Chosen[]) => `/marketplace/compare?ids=${list.map((c) => encodeURIComponent(c.slug)).join(",")}`;
