import type { Metadata } from "next";
import { InterestForm } from "@/components/involvement/interest-form";
import { getBuildingBlocks } from "@/lib/content/building-blocks";
import { getUseCases } from "@/lib/content/use-cases";
import { submitInterest } from "./actions";

export const metadata: Metadata = {
  title: "Implement with us",
  description: "How a country works with the community to adopt the Building Block approach, and how to start.",
};

const STEPS = [
  {
    title: "Readiness assessment and roadmap",
    text: "Together we look at the services you run today, the systems behind them, your laws and your team. The result is a short, honest picture of where you are and a roadmap: which services to improve first and which Building Blocks they need.",
  },
  {
    title: "Piloting a use case",
    text: "Pick one service people need, such as a cash transfer or a clinic appointment, and build it end to end on a small scale. Our sandbox lets your team try the steps before any contract is signed.",
  },
  {
    title: "Strengthening local capacity",
    text: "Your own staff and local companies should be able to run and change the systems. We share training material, pair your engineers with experienced peers, and help you write tenders that ask for open interfaces.",
  },
  {
    title: "Contributing to specifications",
    text: "What you learn makes the specifications better for the next country. Your experts can review drafts, propose changes and join the working groups.",
  },
  {
    title: "Communities of practice",
    text: "Meet other countries that faced the same questions. Regular calls and workshops by topic, such as identity, payments or registries, let you learn from people who have done it.",
  },
] as const;

export default function ImplementPage() {
  const buildingBlocks = getBuildingBlocks().map((bb) => ({ value: bb.id, label: bb.title }));
  const useCases = getUseCases().map((uc) => ({ value: uc.id, label: uc.title }));
  return (
    <div>
      <h1 className="text-3xl">Implement with us</h1>
      <p className="mt-4 max-w-2xl">
        Any country can use the specifications on its own. Many prefer to work with others who have done it before. This is how that usually goes. You choose
        the parts you need, in the order that suits you.
      </p>
      <ol className="mt-8 max-w-3xl space-y-6">
        {STEPS.map((step, i) => (
          <li key={step.title} className="flex gap-4">
            <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
              {i + 1}
            </span>
            <div>
              <h2 className="text-xl">{step.title}</h2>
              <p className="mt-1">{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
      <h2 className="mt-12 mb-4 text-2xl">Tell us you are interested</h2>
      <p className="mb-6 max-w-2xl">For ministries and government agencies. Tell us a little about what you want to achieve and we will contact you.</p>
      <InterestForm action={submitInterest} useCases={useCases} buildingBlocks={buildingBlocks} />
    </div>
  );
}
