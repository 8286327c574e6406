import { USE_CASE_IDS } from "@/lib/content/schema";

/** The props of a page under /use-cases/[id]. */
export type UseCasePageProps = { params: Promise<{ id: string }> };

/** One page per use case: generateStaticParams for the pages under /use-cases/[id]. */
export function useCaseStaticParams() {
  return USE_CASE_IDS.map((id) => ({ id }));
}
