import { renderVendorMarkdown } from "@/lib/marketplace/markdown";

/** Vendor-written Markdown, rendered sanitized (no raw HTML, only http(s)/mailto links). */
export function VendorText({ markdown, className = "" }: { markdown: string; className?: string }) {
  // Safe: renderVendorMarkdown escapes raw HTML and sanitizes the output with an allow-list.
  return <div className={`app-prose ${className}`} dangerouslySetInnerHTML={{ __html: renderVendorMarkdown(markdown) }} />;
}
