// The API reference page loads Stoplight Elements' stylesheet, which sets its own --color-* variables for the
// whole document (--color-danger, --color-primary, --color-text…). A theme token of the same name would take
// Elements' value on that page only (a DELETE badge turned light red there, failing contrast). Keep them apart.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "vitest";

const variablesSetIn = (css: string) => new Set([...css.matchAll(/(--color-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!));

test("no theme colour token shares its name with a variable Elements' stylesheet sets", () => {
  const ours = variablesSetIn(readFileSync("app/globals.css", "utf8"));
  const elements = variablesSetIn(readFileSync(createRequire(import.meta.url).resolve("@stoplight/elements/styles.min.css"), "utf8"));
  expect(ours.size).toBeGreaterThan(10);
  expect(elements.has("--color-danger")).toBe(true);
  expect([...ours].filter((name) => elements.has(name))).toEqual([]);
});
