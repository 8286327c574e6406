// The one MDX setup for spec and use-case bodies. The pages render with it, content:check compiles with it and
// headings.ts reads headings through it, so a body that passes the check renders the same way and every
// table-of-contents link is the id the page gives its heading.
import type { CompileOptions } from "@mdx-js/mdx";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { rehypeTableRegion } from "./rehype-table-region";

/** GitHub-flavoured Markdown (tables, strikethrough, autolinks), heading ids (rehype-slug) and tables that scroll in a named, focusable box. */
export const MDX_OPTIONS = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug, rehypeTableRegion],
} satisfies Pick<CompileOptions, "remarkPlugins" | "rehypePlugins">;
