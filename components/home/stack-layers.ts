import type { Layer } from "@/lib/content/schema";

/** One box in the stack diagram: a BB id (its spec lives at /building-blocks/<id>) and a short label. */
export type StackBlock = {
  id: string;
  /** The short label drawn in the box (wrapped to fit; kept short for a 320 px screen). */
  label: string;
};

/** One horizontal band of the diagram, top to bottom. */
export type StackLayer = {
  layer: Layer;
  title: string;
  /** Plain-language explanation shown in the page text next to the diagram. */
  explanation: string;
  blocks: StackBlock[];
};

/**
 * The layers as the home page draws them. Short labels are written by hand (titles such as
 * "Identity and Verification" are too long for a box); stack-layers.test.ts checks every id
 * exists in content/building-blocks with the same layer, so the diagram cannot drift.
 */
export const STACK_LAYERS: StackLayer[] = [
  {
    layer: "common-application",
    title: "Common application blocks",
    explanation: "Shared tools for the work itself: moving a case through its steps, booking appointments, buying and selling, publishing information.",
    blocks: [
      { id: "workflow", label: "Workflow" },
      { id: "scheduling", label: "Scheduler" },
      { id: "e-marketplace", label: "e-Marketplace" },
      { id: "content-management", label: "Content management" },
    ],
  },
  {
    layer: "foundational",
    title: "Foundational blocks",
    explanation:
      "What almost every service needs: knowing who someone is, registering them, keeping records, paying, asking their consent and sending them messages.",
    blocks: [
      { id: "identity", label: "Identity" },
      { id: "registration", label: "Registration" },
      { id: "digital-registries", label: "Digital registries" },
      { id: "payments", label: "Payments" },
      { id: "consent", label: "Consent" },
      { id: "messaging", label: "Messaging" },
      { id: "e-signature", label: "e-Signature" },
      { id: "security", label: "Security" },
    ],
  },
  {
    layer: "mediation",
    title: "Mediation layer",
    explanation:
      "The Information Mediator carries every request between blocks and between ministries. It checks who is asking, keeps the data safe on the way and logs each exchange.",
    blocks: [{ id: "information-mediator", label: "Information Mediator" }],
  },
  {
    layer: "infrastructure",
    title: "Hosting and infrastructure",
    explanation: "The government cloud or data centre where the blocks run, kept secure and backed up.",
    blocks: [{ id: "cloud-hosting", label: "Cloud infrastructure and hosting" }],
  },
];
