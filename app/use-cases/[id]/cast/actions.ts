"use server";
import { cookies, headers } from "next/headers";
import { publicForm } from "@/components/forms/form-action";
import { z } from "zod";
import { swapCandidates } from "@/db/swap";
import { clientAddress } from "@/sandbox/client-address";
import { getUseCase } from "@/lib/content/use-cases";
import { setSwap } from "@/sandbox/im/swap";
import { NAMESPACE_COOKIE } from "@/sandbox/namespace-cookie";
import { isValidNamespace, openNamespace } from "@/sandbox/namespaces";
import type { BbId } from "@/sandbox/types";

const choice = z.object({
  useCaseId: z.string().max(60),
  bb: z.string().max(40),
  player: z.string().max(60),
});

/**
 * Chooses who plays one Building Block of a use case in the visitor's own sandbox namespace: "reference"
 * (the portal's mock) or a product whose endpoint passed that BB's REQUIRED conformance checks. Checked
 * here on the server, whatever the form offered.
 */
export const choosePlayer = publicForm()
  .input(choice)
  .redirectAction(
    async ({ input: { useCaseId, bb, player } }) => {
      const uc = getUseCase(useCaseId);
      if (!uc) return { redirect: "/use-cases" };
      const back = `/use-cases/${uc.id}/cast`;
      if (!uc.buildingBlocks.includes(bb) || bb === "information-mediator") return { redirect: `${back}?error=bb` };
      const ns = (await cookies()).get(NAMESPACE_COOKIE)?.value;
      if (!ns || !isValidNamespace(ns)) return { redirect: `${back}?error=session` };
      if (openNamespace(ns, clientAddress(await headers()))) return { redirect: `${back}?error=busy` };
      if (player === "reference") {
        setSwap(ns, bb as BbId, null);
        return { redirect: `${back}?saved=${encodeURIComponent(bb)}` };
      }
      const candidate = swapCandidates(bb).find((c) => c.targetId === player);
      if (!candidate) return { redirect: `${back}?error=candidate&bb=${encodeURIComponent(bb)}` };
      setSwap(ns, bb as BbId, { bb: bb as BbId, targetId: candidate.targetId, productName: candidate.productName });
      return { redirect: `${back}?saved=${encodeURIComponent(bb)}` };
    },
    () => "/use-cases",
  );
