// The story for policy makers: why Building Blocks, about GovStack, DPI vs DPG vs BB, contact, SDGs, cost evidence,
// the expert call; and the public review log of spec feedback, with the reply mailed to the submitter.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { createStaff } from "./staff-account";

const PAGES = [
  { path: "/why", heading: "Why Building Blocks" },
  { path: "/about/govstack", heading: "About GovStack" },
  { path: "/about/dpi-dpg-building-blocks", heading: "DPI, DPG and Building Blocks" },
  { path: "/about", heading: "About the portal" },
];

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

for (const { path, heading } of PAGES) {
  test(`${path} reads at 1280 and 320 px, passes axe, no sideways scroll`, async ({ page }) => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await noSidewaysScroll(page);
      await expectAccessible(page);
    }
  });
}

test("why: four challenges, the common problems, and the three cost figures with their sources", async ({ page }) => {
  await page.goto("/why");
  await expect(page.locator("#challenges + ol > li")).toHaveCount(4);
  await expect(page.getByRole("heading", { name: "Problems that come with them" })).toBeVisible();
  const figures = page.locator("#figures + p + ul > li");
  await expect(figures).toHaveCount(3);
  await expect(figures.filter({ hasText: "Saudi Arabia" })).toContainText("SAR 17 million vs 490 million");
  await expect(figures.filter({ hasText: "Australia" })).toContainText("US$67.1 million");
  await expect(figures.filter({ hasText: "India" })).toContainText("US$1 trillion");
  for (const card of await figures.all()) await expect(card.getByRole("link").first()).toBeVisible();
});

test("about GovStack: founders, principles, partner countries, playbook, roadmap and a link to its site", async ({ page }) => {
  await page.goto("/about/govstack");
  await expect(page.getByRole("link", { name: "govstack.global" })).toHaveAttribute("href", "https://www.govstack.global/");
  for (const founder of [
    "Federal Republic of Germany",
    "Republic of Estonia",
    "International Telecommunication Union (ITU)",
    "Digital Impact Alliance (DIAL)",
  ]) {
    // The founders' list, not the paragraph before it that also names ITU and DIAL.
    await expect(page.getByRole("listitem").filter({ hasText: founder })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Design with the user" })).toBeVisible();
  await expect(page.getByRole("link", { name: "read the playbook" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Roadmap" })).toBeVisible();
  await expect(page.getByText("Djibouti, Kenya and Somalia")).toBeVisible();
});

test("the privacy notice's 'contact address on the about page' exists: the about page has a Contact section", async ({ page }) => {
  await page.goto("/get-involved/contribute");
  await page.getByText("How we use your information (privacy notice)").click();
  await page.getByRole("link", { name: "about page" }).click();
  await expect(page).toHaveURL(/\/about$/);
  const contact = page.locator("#contact");
  await expect(contact).toHaveText("Contact");
  await expect(page.getByText(/CONTACT_EMAIL|Write to the team that runs this portal/)).toBeVisible();
});

test("the expert call keeps its tasks, qualifications and its encouragement to women", async ({ page }) => {
  await page.goto("/get-involved/contribute");
  await expect(page.getByRole("heading", { name: "What you would do" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who we are looking for" })).toBeVisible();
  await expect(page.getByText("At least five years in software development")).toBeVisible();
  await expect(page.getByText("Women are strongly encouraged to apply.")).toBeVisible();
});

test("use cases show their Sustainable Development Goals", async ({ page }) => {
  await page.goto("/use-cases/cash-transfer");
  const sdgs = page.getByRole("region", { name: "Sustainable Development Goals it serves" });
  await expect(sdgs.getByRole("link")).toHaveText(["Goal 1: No poverty", "Goal 16: Peace, justice and strong institutions"]);
  await page.goto("/use-cases/remote-learning");
  await expect(page.getByRole("link", { name: "Goal 4: Quality education" })).toHaveAttribute("href", "https://sdgs.un.org/goals/goal4");
});

test.describe("spec feedback review log", () => {
  const REVIEWER = { email: `reviewer-${randomUUID()}@e2e.test`, password: `pw-${randomUUID()}` };
  test.beforeAll(() => {
    createStaff(REVIEWER, "reviewer");
  });

  test("a reviewer's reply is public in the review log without the sender's name or email, and is mailed to the sender", async ({ page, browser }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
    const comment = `Say how long a suspended certificate stays suspended. ${randomUUID()}`;
    const email = `sender-${randomUUID()}@example.org`;
    await page.goto("/building-blocks/e-signature/feedback");
    await page.getByLabel("What is your feedback about?").selectOption("ESIG-FN-12");
    await page.getByLabel("Your comment").fill(comment);
    await page.getByLabel("Your name (optional)").fill("Efua Owusu");
    await page.getByLabel("Your email address (optional)").fill(email);
    await page.getByLabel("Reviewers may contact me about this feedback by email").check();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();

    // Not public before a reviewer decides.
    await page.goto("/building-blocks/e-signature/reviews");
    await expect(page.getByText(comment)).toHaveCount(0);

    const staff = await browser.newPage();
    await staff.goto(`/sign-in?next=${encodeURIComponent("/staff/feedback")}`);
    await staff.getByLabel("Email address").fill(REVIEWER.email);
    await staff.getByLabel("Password").fill(REVIEWER.password);
    await staff.getByRole("button", { name: "Sign in" }).click();
    await expect(staff).toHaveURL(/\/staff\/feedback$/);
    const item = staff.getByRole("listitem").filter({ hasText: comment });
    await item.getByLabel("Status").selectOption("accepted");
    await item.getByLabel("Reply").fill("Agreed: version 1.1 will say that a suspension has no end date until the owner acts.");
    await item.getByRole("button", { name: "Save review" }).click();
    await expect(staff.getByRole("listitem").filter({ hasText: comment }).getByText("Saved.")).toBeVisible();
    await staff.close();

    await page.goto("/building-blocks/e-signature/reviews");
    const entry = page.getByRole("listitem").filter({ hasText: comment });
    await expect(entry).toContainText("Requirement ESIG-FN-12: Accepted");
    await expect(entry).toContainText("version 1.1 will say");
    await expect(page.locator("main")).not.toContainText("Efua");
    await expect(page.locator("main")).not.toContainText(email);
    await expectAccessible(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(page);

    await page.goto(`/outbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByText("Reply to your feedback on the e-Signature specification")).toBeVisible();
    await expect(page.getByText(/\/building-blocks\/e-signature\/reviews/).first()).toBeVisible();
  });

  test("the spec's feedback page links to its review log", async ({ page }) => {
    await page.goto("/building-blocks/payments/feedback");
    await page.getByRole("link", { name: "Read the review log" }).click();
    await expect(page).toHaveURL(/\/building-blocks\/payments\/reviews$/);
    await expect(page.getByRole("heading", { level: 1, name: "Payments: feedback and replies" })).toBeVisible();
  });
});
