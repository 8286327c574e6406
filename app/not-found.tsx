import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Page not found</h1>
      <p className="mt-4">If you typed the web address, check it is correct. If you pasted it, check you copied all of it.</p>
      <p className="mt-4">You can go to:</p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <Link href="/">the home page</Link>
        </li>
        <li>
          <Link href="/building-blocks">the Building Block specifications</Link>
        </li>
        <li>
          <Link href="/use-cases">the use cases</Link>
        </li>
        <li>
          <Link href="/marketplace">the marketplace</Link>
        </li>
      </ul>
    </div>
  );
}
