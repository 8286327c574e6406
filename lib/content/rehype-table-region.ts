// A Markdown table in a spec or use case is often wider than a phone. It scrolls sideways in a box of its own, and
// that box must take keyboard focus (or a keyboard user cannot scroll it, WCAG 2.1.1) and have a name (or a screen
// reader announces an anonymous region). This is what components/ui/table-scroll.tsx does for the tables in pages.

/** The parts of an HTML (hast) node read here. */
type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

/**
 * Wraps every table in `<div role="region" tabindex="0" class="table-scroll">`, named by the heading it sits under
 * (rehype-slug must run first, so headings have their ids), or "Table" when no heading comes before it.
 */
export function rehypeTableRegion() {
  return (tree: Node) => {
    let headingId: string | undefined;
    const walk = (node: Node) => {
      const children = node.children ?? [];
      children.forEach((child, i) => {
        if (child.type !== "element") return;
        if (/^h[1-6]$/.test(child.tagName ?? "") && typeof child.properties?.id === "string") headingId = child.properties.id;
        if (child.tagName === "table") {
          const name = headingId ? { ariaLabelledBy: headingId } : { ariaLabel: "Table" };
          children[i] = { type: "element", tagName: "div", properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ...name }, children: [child] };
          return;
        }
        walk(child);
      });
    };
    walk(tree);
  };
}
