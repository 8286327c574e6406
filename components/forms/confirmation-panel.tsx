"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The green confirmation panel shown after a form was sent. It replaces the form, so it takes focus
 * (on its heading) instead of leaving keyboard and screen-reader users on the page body.
 */
export function ConfirmationPanel({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mb-8 max-w-2xl bg-ok p-6 text-white">
      <h2 ref={heading} tabIndex={-1} className="text-2xl text-white">
        {title}
      </h2>
      {children ? <div className="mt-2">{children}</div> : null}
    </div>
  );
}
