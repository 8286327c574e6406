/** The 17 Sustainable Development Goals by number, in short plain titles (United Nations). */
export const SDG_TITLES: Record<number, string> = {
  1: "No poverty",
  2: "Zero hunger",
  3: "Good health and well-being",
  4: "Quality education",
  5: "Gender equality",
  6: "Clean water and sanitation",
  7: "Affordable and clean energy",
  8: "Decent work and economic growth",
  9: "Industry, innovation and infrastructure",
  10: "Reduced inequalities",
  11: "Sustainable cities and communities",
  12: "Responsible consumption and production",
  13: "Climate action",
  14: "Life below water",
  15: "Life on land",
  16: "Peace, justice and strong institutions",
  17: "Partnerships for the goals",
};

/** The Sustainable Development Goals a use case serves, as listed in GovStack's reference use case. */
export function SdgGoals({ sdgs }: { sdgs: number[] }) {
  if (sdgs.length === 0) return null;
  return (
    <section aria-labelledby="sdgs" className="mt-6">
      <h2 id="sdgs" className="text-lg font-semibold">
        Sustainable Development Goals it serves
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {sdgs.map((n) => (
          <li key={n} className="rounded-sm border-2 border-brand-700 px-2 py-1 text-sm">
            <a href={`https://sdgs.un.org/goals/goal${n}`} className="font-semibold">
              Goal {n}: {SDG_TITLES[n] ?? "Sustainable Development Goal"}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
