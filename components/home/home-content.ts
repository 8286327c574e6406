import type { UseCaseId } from "@/lib/content/schema";
import type { PillarKey } from "./pictograms";

/** A reason governments give for the Building Block approach, in one plain sentence. */
export type Benefit = { title: string; text: string };

export const BENEFITS: Benefit[] = [
  { title: "Speed", text: "New services are put together from blocks that already work, so they launch in months rather than years." },
  { title: "Cost-efficiency", text: "Identity, payments or messaging are built once and shared, instead of being bought again by every ministry." },
  { title: "Economic return", text: "Banks, businesses and civil society can build on the same shared infrastructure, which grows the digital economy." },
  { title: "One government", text: "People meet one consistent government: they sign in the same way and give their information once." },
  { title: "Agility", text: "One block can be changed or replaced, for example a new payment provider, without rebuilding every service." },
  { title: "Integration", text: "Blocks follow open interfaces and exchange data through the Information Mediator, so systems work together safely." },
  { title: "Harmonised policies", text: "Rules on data protection, security and accessibility are built into shared blocks, so every service follows them." },
  { title: "Less vendor lock-in", text: "Open specifications let any supplier that meets them provide a block, so a government can change supplier." },
];

/** One country's experience, with the source named so readers can check it. */
export type Evidence = {
  country: string;
  title: string;
  text: string;
  /** The cost figure GovStack's presentation of the approach quotes for this country, in a few words. */
  cost?: { figure: string; meaning: string };
  source: { label: string; href: string }[];
};

/** Where GovStack's own cost figures come from: its introductory presentation, which links no primary report. */
const GOVSTACK_DECK = { label: "GovStack: introductory presentation of the Building Block approach", href: "https://www.govstack.global/" };

// Only facts stated by the named sources; where no figure could be checked the text stays qualitative.
export const EVIDENCE: Evidence[] = [
  {
    country: "Estonia",
    title: "X-Road: one secure way to exchange data",
    text: "Since 2001, Estonia's public and private services have exchanged data over one shared layer, X-Road, instead of each pair of systems building its own connection. e-Estonia reports that X-Road saves more than 820 years of working time every year. The same open-source software is now used in Finland and other countries.",
    source: [{ label: "e-Estonia: How do Estonians save annually 820 years of work", href: "https://e-estonia.com/how-save-annually-820-years-of-work/" }],
  },
  {
    country: "India",
    title: "A stack of shared digital public infrastructure",
    text: "India built shared layers that government and private services both use: the Aadhaar digital identity, the UPI instant-payment system and consent-based data sharing. UIDAI has issued Aadhaar numbers to more than 1.3 billion residents, and NPCI reports more than ten billion UPI payments a month. In 2020 the chief executive of NITI Aayog, the government's policy think tank, estimated that digital technology could create US$1 trillion of economic value for India by 2025.",
    cost: { figure: "US$1 trillion", meaning: "economic value India's digital stack could create by 2025, by a NITI Aayog estimate" },
    source: [
      { label: "UIDAI (Aadhaar)", href: "https://uidai.gov.in/" },
      { label: "NPCI (UPI statistics)", href: "https://www.npci.org.in/" },
      {
        label: "YourStory: India can create $1 trillion of economic value using digital technology by 2025 (Amitabh Kant, 2020)",
        href: "https://yourstory.com/2020/11/niti-aayog-amitabh-kant-india-one-trillion-economic-value-digital-technology",
      },
      GOVSTACK_DECK,
    ],
  },
  {
    country: "Singapore",
    title: "The Singapore Government Tech Stack",
    text: "Singapore's Government Technology Agency (GovTech) builds shared products once and reuses them across agencies. The Singpass digital identity is used across its products, and a single grants platform serves many agencies. GovTech's chief digital technology officer has said this lets the government scale quickly, lower costs and shorten the time to launch.",
    source: [
      {
        label: "Computer Weekly: Inside Singapore's public sector IT strategy",
        href: "https://www.computerweekly.com/news/252527276/Inside-Singapores-public-sector-IT-strategy",
      },
    ],
  },
  {
    country: "Australia",
    title: "GovCMS: one website platform for all agencies",
    text: "Agencies were running hundreds of different website systems. In 2015 the Department of Finance launched GovCMS, one shared open-source platform that any government agency can use, to reduce agencies' technology and compliance burden and give them a cost-effective way to run secure websites. GovStack uses GovCMS as one of its cost examples, with a figure of US$67.1 million.",
    cost: { figure: "US$67.1 million", meaning: "GovStack's cost figure for Australia's shared GovCMS platform" },
    source: [{ label: "GovCMS: About GovCMS", href: "https://www.govcms.gov.au/about" }, GOVSTACK_DECK],
  },
  {
    country: "Saudi Arabia",
    title: "Shared services instead of paper copies",
    text: "Saudi Arabia's Yesser programme built a Government Service Bus so agencies exchange data electronically, instead of people carrying copies of documents from office to office. For its shared remote-signature service GovStack quotes a cost of SAR 17 million, set against SAR 490 million.",
    cost: { figure: "SAR 17 million vs 490 million", meaning: "remote electronic signature: the shared service against the figure GovStack compares it with" },
    source: [
      {
        label: "UN Public Service Awards: Government Service Bus",
        href: "https://publicadministration.un.org/en/Research/Case-Studies/unpsacases/ctl/NominationProfilev2014/mid/1170/id/3480",
      },
      GOVSTACK_DECK,
    ],
  },
];

/** The five reference use cases in home-page order, with one plain line each (titles come from the use-case files). */
export const USE_CASES: { id: UseCaseId; text: string }[] = [
  { id: "postpartum-infant-care", text: "A mother and her baby get check-ups, reminders and support, without filling in the same forms twice." },
  { id: "cash-transfer", text: "People who qualify are registered once and paid straight into their bank account or mobile wallet." },
  { id: "agricultural-advisory", text: "Farmers get timely advice on crops, weather and pests, and can book a visit from an expert." },
  { id: "market-linkage", text: "Farmers list their produce, buyers order it, and the money is held safely until delivery." },
  { id: "remote-learning", text: "Students enrol, follow lessons and join live classes from home, and receive their results." },
];

/** The three pillars of the portal. */
export const PILLARS: { key: PillarKey; title: string; text: string; links: { href: string; label: string }[] }[] = [
  {
    key: "specifications",
    title: "Specifications",
    text: "What each Building Block must do, in plain language, with its requirements and its API contract.",
    links: [{ href: "/building-blocks", label: "Read the specifications" }],
  },
  {
    key: "sandbox",
    title: "Sandbox and use cases",
    text: "See the blocks work together in a safe sandbox with synthetic data, step by step through real services.",
    links: [
      { href: "/use-cases", label: "Walk through a use case" },
      { href: "/sandbox", label: "Open the sandbox" },
    ],
  },
  {
    key: "marketplace",
    title: "Marketplace",
    text: "Products that implement the Building Blocks, and how closely each one meets the specifications.",
    links: [{ href: "/marketplace", label: "Browse the marketplace" }],
  },
];
