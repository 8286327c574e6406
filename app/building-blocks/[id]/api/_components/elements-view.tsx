"use client";

import { API } from "@stoplight/elements";
import { useEffect, useMemo, useRef } from "react";
import "./elements.css";

/**
 * Stoplight Elements itself. Browser-only: loaded by api-reference.tsx when needed.
 * - "Send API request" goes to the visitor's own sandbox namespace: the contract's servers are replaced with this
 *   origin's mock URL for it (`sandboxBase`, read by api-reference.tsx), which is only known in the browser.
 * - Stacked layout: operations follow each other in the page's own flow, so there is no inner scroll area and the
 *   response of a request appears right under the request, in view.
 * - Memory router: Elements does not write to the address bar or scroll the page to a route when it starts.
 * - Requests may carry the page's cookies (same origin only); the namespace is in the URL in any case.
 * - The answer to "Send API request" is brought into view (it is added under a tall request form).
 */
export default function ElementsView({ id, document, sandboxBase }: { id: string; document: Record<string, unknown>; sandboxBase: string }) {
  const withSandbox = useMemo(
    () => ({
      ...document,
      servers: [{ url: `${window.location.origin}${sandboxBase}/${id}`, description: "Sandbox mock (your private namespace)" }],
    }),
    [id, document, sandboxBase],
  );
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    // Pointer and keys, in the capture phase: Elements' button (react-aria) re-renders as it is pressed, so no click
    // event reaches the page.
    const onPress = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== "Enter" && event.key !== " ") return;
      const button = (event.target as Element).closest("button");
      if (button && /send api request/i.test(button.textContent ?? "")) revealAnswer(button);
    };
    node.addEventListener("pointerdown", onPress, true);
    node.addEventListener("keydown", onPress, true);
    return () => {
      node.removeEventListener("pointerdown", onPress, true);
      node.removeEventListener("keydown", onPress, true);
    };
  }, []);
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    // Elements shows the contract's title as an <h1>: a second top-level heading beside the page's own. Screen
    // readers get it one level down, as the section it is (Elements re-renders, so keep watching).
    const demote = () => node.querySelectorAll("h1:not([aria-level])").forEach((h) => h.setAttribute("aria-level", "2"));
    demote();
    const observer = new MutationObserver(demote);
    observer.observe(node, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={root}>
      <API apiDescriptionDocument={withSandbox} router="memory" layout="stacked" hideExport hideSchemas tryItCredentialsPolicy="same-origin" />
    </div>
  );
}

/**
 * Elements adds the response as a panel right after the "try it" panel that holds the Send button, and fills it in
 * over a few renders. Watches their common parent and, once the response has stopped changing, scrolls it into view.
 */
function revealAnswer(button: Element) {
  const tryIt = button.closest(".TryItPanel");
  const holder = tryIt?.parentElement;
  if (!tryIt || !holder) return;
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  let settle: number | undefined;
  const observer = new MutationObserver(() => {
    const answer = holder.lastElementChild;
    if (!answer || answer === tryIt) return;
    window.clearTimeout(settle);
    settle = window.setTimeout(() => {
      stop();
      answer.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
    }, 200);
  });
  const giveUp = window.setTimeout(() => stop(), 15_000);
  function stop() {
    observer.disconnect();
    window.clearTimeout(giveUp);
  }
  observer.observe(holder, { childList: true, subtree: true, characterData: true });
}
