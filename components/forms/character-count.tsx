"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { countCharacters } from "@/lib/forms/form-state";
import { FieldGroup, FieldLabel } from "./fields";

const noop = () => () => {};

/**
 * A textarea with a live character count (GOV.UK character count pattern). The visible count updates
 * as you type; screen readers hear it politely once typing pauses. Without JavaScript, the hint
 * states the limit and the server checks it.
 */
export function CharacterCount({
  id,
  name,
  label,
  hint,
  max,
  error,
  defaultValue = "",
  rows = 6,
  optional,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  max: number;
  error?: string;
  defaultValue?: string;
  rows?: number;
  optional?: boolean;
}) {
  const [value, setValue] = useState(defaultValue);
  // true in the browser after hydration, false in the server render (and so without JavaScript).
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [announced, setAnnounced] = useState("");
  const left = max - countCharacters(value);
  const countText =
    left >= 0 ? `You have ${left} character${left === 1 ? "" : "s"} remaining` : `You have ${-left} character${left === -1 ? "" : "s"} too many`;

  useEffect(() => {
    if (!hydrated) return;
    const timer = setTimeout(() => setAnnounced(countText), 1000);
    return () => clearTimeout(timer);
  }, [countText, hydrated]);

  const over = left < 0;
  return (
    <FieldGroup error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} optional={optional} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, error && `${id}-error`, `${id}-info`].filter(Boolean).join(" ")}
        className={`mt-1 block w-full max-w-xl rounded-sm border-2 bg-white px-2 py-1.5 ${error || over ? "border-error" : "border-ink"}`}
      />
      {/* Static limit: what screen readers get from aria-describedby, and all that shows without JavaScript. */}
      <p id={`${id}-info`} className={hydrated ? "sr-only" : "mt-1 text-muted"}>
        You can enter up to {max} characters
      </p>
      {hydrated ? (
        <p aria-hidden="true" className={`mt-1 ${over ? "font-semibold text-error" : "text-muted"}`}>
          {countText}
        </p>
      ) : null}
      <div aria-live="polite" className="sr-only">
        {announced}
      </div>
    </FieldGroup>
  );
}
