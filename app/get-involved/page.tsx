import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Get involved",
  description: "Give feedback on the specifications, become an expert contributor, or implement the approach in your country.",
};

const WAYS = [
  {
    href: "/building-blocks",
    title: "Give feedback on a specification",
    text: "Every specification is open for review. Open one and follow “Give feedback on this specification” under its title. No account needed.",
  },
  {
    href: "/get-involved/contribute",
    title: "Become a contributor",
    text: "Experts in identity, payments, registries, security, design and more help write and review the specifications.",
  },
  {
    href: "/get-involved/implement",
    title: "Implement with us",
    text: "For ministries and agencies: how a country can start, pilot a use case and build local capacity with the community.",
  },
] as const;

export default function GetInvolvedPage() {
  return (
    <div>
      <h1 className="text-3xl">Get involved</h1>
      <p className="mt-4 max-w-2xl">The Building Block approach works because people share what they learn. There are three ways to take part.</p>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {WAYS.map((way) => (
          <li key={way.href} className="border-t-4 border-brand-700 bg-brand-50 p-5">
            <h2 className="text-xl">
              <Link href={way.href}>{way.title}</Link>
            </h2>
            <p className="mt-2">{way.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
