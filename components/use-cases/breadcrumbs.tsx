import Link from "next/link";

/** A breadcrumb trail; the last item is the current page and is not a link. */
export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          <li key={item.label} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
