import Link from "next/link";
import { getBuildingBlock } from "@/lib/content/building-blocks";

/** The display name of a BB, falling back to its id. */
export function bbTitle(id: string): string {
  return getBuildingBlock(id)?.title ?? id;
}

/** An inline list of links to BB spec pages. */
export function BbLinks({ ids }: { ids: string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {ids.map((id) => (
        <li key={id}>
          <Link href={`/building-blocks/${id}`} className="inline-block rounded-sm border border-line px-2 py-0.5 text-sm">
            {bbTitle(id)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
