import { expect, test, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { answerAllSections } from "./assessment";
import { expectAccessible } from "./axe";
import { addProduct, signIn as signInByForm, signUpWithOrganisation as signUpWithOrganisationByMail } from "./vendor-account";
import { ACCOUNTS } from "./roles";

// Issue 17: choosing (finder, compare), sectioned self-assessment, the staff workspace with an invited
// reviewer's first review, and a claim on a seeded listing. With SHOTS=<dir> set, each page is also
// photographed at 1280 and 360 px wide for a person to look at.
const ADMIN = ACCOUNTS.admin;
const run = `c${Date.now().toString(36)}`;

async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(size);
}

const signIn = (page: Page, email: string, password: string, next = "/staff") => signInByForm(page, email, password, next);
const signUpWithOrganisation = (page: Page, email: string, org: string) => signUpWithOrganisationByMail(page, { email, org, name: "Choose Vendor" });

/** The newest outbox message to an address, as text. */
async function lastMail(page: Page, to: string): Promise<string> {
  const html = await (await page.request.get(`/outbox?to=${encodeURIComponent(to)}`)).text();
  return html;
}

test.describe("choosing a product", () => {
  test("the finder ranks products for a use case and says why; strict evidence gets an honest empty state", async ({ page }) => {
    await page.goto("/marketplace");
    await page.getByRole("link", { name: /which product fits\?/i }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Which product fits?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("radio", { name: /Unconditional Social Cash Transfer/ }).check();
    await page.getByRole("radio", { name: /On our own servers/ }).check();
    await page.getByRole("checkbox", { name: "Open source", exact: true }).check();
    await page.getByRole("button", { name: "Show products that fit" }).click();
    const results = page.getByRole("region", { name: /products? fits?$/ });
    await expect(results.getByRole("heading", { level: 2 })).toHaveText(/^\d+ products fit$/);
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("heading", { name: "Why it is here" })).toBeVisible();
    await expect(first).toContainText(/Covers /);
    await expect(first).toContainText("Open source");
    // A proprietary product is left out by the licence answer.
    await expect(results.getByRole("link", { name: "eRegistrations" })).toHaveCount(0);
    // Listed for the chosen use case ranks such products above others with the same coverage.
    await expect(results).toContainText("Listed for the use case you chose");
    await expectAccessible(page);
    await shot(page, "finder-results");

    await page.getByRole("radio", { name: /At least: works in a use case/ }).check();
    await page.getByRole("button", { name: "Show products that fit" }).click();
    await expect(page.getByText("No product fits all your answers.")).toBeVisible();
    await expect(page.getByText(/No product in the marketplace has “Works in a use case” evidence yet/)).toBeVisible();
    await page.getByRole("link", { name: "Show products with any evidence" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /products fit$/ })).toBeVisible();
    await shot(page, "finder-empty");
  });

  test("the Level filter explains an empty result; compare shows differences only and per requirement", async ({ page }) => {
    await page.goto("/marketplace?bb=gis&level=2");
    await expect(page.getByText(/No product for the Building Blocks you chose has reached Level 2/)).toBeVisible();
    await expect(page.getByText(/Listings compiled by the portal from public sources have no answers yet/)).toBeVisible();
    await expectAccessible(page);
    await shot(page, "level-empty");

    await page.goto("/marketplace/compare?ids=mojaloop,mifos-payment-hub-ee");
    const rows = page.getByRole("rowheader");
    const all = await rows.count();
    await page.getByRole("link", { name: "Show differences only" }).click();
    await expect(page.getByRole("link", { name: "Show all rows" })).toBeVisible();
    expect(await rows.count()).toBeLessThan(all);
    await expect(page.getByRole("rowheader", { name: /Hosting/ })).toHaveCount(0);
    await page.getByRole("link", { name: "Payments", exact: true }).click();
    await expect(page.getByRole("table", { name: /Payments: answers per requirement/ })).toBeVisible();
    await expectAccessible(page);
    await shot(page, "compare");
  });
});

test.describe.serial("vendor, invited reviewer, claim", () => {
  // A full Payments self-assessment is 65 answers, and sign-up hashes a password: on a busy 2-core machine that is more than the default minute.
  test.describe.configure({ timeout: 180_000 });
  const vendorEmail = `sections-${run}@example.org`;
  const reviewerEmail = `invited-${run}@example.org`;
  const product = `Sectioned ${run}`;
  let productUrl = "";

  test("the self-assessment goes section by section, and a reload in the middle loses nothing", async ({ page }) => {
    await signUpWithOrganisation(page, vendorEmail, `Sections Org ${run}`);
    productUrl = await addProduct(page, { name: product, summary: "A payments product for the sectioned self-assessment test.", bb: /^Payments/ });
    await page.getByRole("link", { name: "Answer the requirements of Payments" }).click();
    await expect(page.getByRole("heading", { name: "Sections" })).toBeVisible();
    await expect(page.getByText(/^0 of \d+ answered/).first()).toBeVisible();
    await expectAccessible(page);
    await shot(page, "assessment-overview");

    await page.getByRole("link", { name: /^Start with / }).click();
    // Payments' functional section is long: it comes in parts of at most a dozen questions.
    const firstHeading = page.getByRole("heading", { level: 1, name: /^Functional requirements, part 1 of \d+$/ });
    await expect(firstHeading).toBeVisible();
    const title = (await firstHeading.textContent())!;
    // The requirement text is the question itself, in full contrast, and links to the spec.
    const firstQuestion = page.locator("main form fieldset").first();
    await expect(firstQuestion.getByRole("link", { name: /in the specification/ })).toHaveAttribute("href", /\/building-blocks\/payments#PAY-/);
    const color = await firstQuestion.locator("p[id$='-text']").evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe("rgb(27, 31, 36)");
    const questions = page.locator("main form fieldset");
    const n = await questions.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(12);
    for (let i = 0; i < n; i++) await questions.nth(i).getByRole("radio", { name: "Met", exact: true }).check();
    await page
      .getByLabel(/^Note on /)
      .first()
      .fill("Batches are acknowledged at once.");
    await page.getByRole("button", { name: "Save and go to the next section" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved:" })).toHaveText(`Saved: ${title.toLowerCase()}.`);
    await expect(page.getByRole("heading", { level: 1, name: /^Functional requirements, part 2 of \d+$/ })).toBeVisible();

    // Half-way through the next part: type, then reload. The typed answers come back.
    await page.locator("main form fieldset").first().getByRole("radio", { name: "Not met", exact: true }).check();
    await page
      .getByLabel(/^Evidence link for /)
      .first()
      .fill("https://example.org/api-tests");
    await page.reload();
    await expect(page.locator("main form fieldset").first().getByRole("radio", { name: "Not met", exact: true })).toBeChecked();
    await expect(page.getByLabel(/^Evidence link for /).first()).toHaveValue("https://example.org/api-tests");
    // The saved part is still saved.
    await expect(page.getByRole("navigation", { name: "Self-assessment sections" })).toContainText(`${title} (${n}/${n})`);
    await expectAccessible(page);
    await shot(page, "assessment-section");

    await page.getByRole("link", { name: "Overview" }).click();
    await answerAllSections(page, "Met");
    await page.getByRole("link", { name: /^Back to / }).click();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
    await expect(page.getByRole("region", { name: "Where it stands" })).toContainText("Waiting for a reviewer");
  });

  test("an admin invites a reviewer, who accepts by the emailed link and does a first review with a comment per requirement", async ({ page, browser }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { level: 1, name: "Staff workspace" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Marketplace submissions" })).toContainText(/[1-9]\d* waiting for a decision/);
    await expectAccessible(page);
    await shot(page, "staff-workspace");
    await page.getByRole("link", { name: "Reviewers and admins", exact: true }).click();
    await page.getByLabel("Email address").fill(reviewerEmail);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toContainText(`Invitation sent to ${reviewerEmail}`);
    await expect(page.getByRole("region", { name: /Open invitations/ })).toContainText(reviewerEmail);
    await expectAccessible(page);
    await shot(page, "staff-people");

    const invited = await browser.newContext();
    const rp = await invited.newPage();
    const mail = await lastMail(rp, reviewerEmail);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail)?.[1];
    expect(token, "invitation link in the outbox").toBeTruthy();
    await rp.goto(`/staff/invitation?token=${token}`);
    await expect(rp.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
    await expectAccessible(rp);
    await rp.getByLabel("Your name").fill("Ines Invited");
    await rp.getByLabel("Password").fill("an-invited-password");
    await rp.getByRole("button", { name: "Set password and accept" }).click();
    await expect(rp.getByRole("heading", { level: 1, name: "Your account is ready" })).toBeVisible();
    // The link works once.
    await rp.goto(`/staff/invitation?token=${token}`);
    await expect(rp.getByRole("heading", { level: 1, name: "This invitation link does not work" })).toBeVisible();

    await signIn(rp, reviewerEmail, "an-invited-password", "/review");
    await expect(rp.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await rp.getByRole("link", { name: `${product} version 1` }).click();
    // Evidence first, the decision after it.
    const evidence = rp.getByRole("heading", { level: 2, name: "1. The evidence" });
    const decision = rp.getByRole("heading", { level: 2, name: "2. Your decision" });
    expect((await evidence.boundingBox())!.y).toBeLessThan((await decision.boundingBox())!.y);
    await expect(rp.getByText("Vendor's answer: Met").first()).toBeVisible();
    await expectAccessible(rp);
    await shot(rp, "review");
    await rp.getByText("Comment on PAY-FN-02", { exact: true }).click();
    await rp.getByLabel("Your comment on PAY-FN-02 for the vendor").fill("Show how duplicate request IDs are refused.");
    await rp.getByRole("radio", { name: "Request changes" }).check();
    await rp.getByLabel("Reason or comment for the vendor").fill("Nearly there: see the comment on PAY-FN-02.");
    await rp.getByRole("button", { name: "Record decision" }).click();
    await expect(rp.getByRole("status").filter({ hasText: "You asked for changes" })).toBeVisible();
    await invited.close();

    // The vendor is told by mail and sees the comment next to the requirement.
    expect(await lastMail(page, vendorEmail)).toContain(`Review decision: ${product} version 1`);
    await page.context().clearCookies();
    await signIn(page, vendorEmail, "a-long-enough-password", new URL(productUrl).pathname);
    await expect(page.getByRole("region", { name: "Where it stands" })).toContainText("Decision on version 1: Changes requested");
    const comments = page.getByRole("region", { name: /Reviewer's comments per requirement/ });
    await expect(comments).toContainText("PAY-FN-02");
    await expect(comments).toContainText("Show how duplicate request IDs are refused.");
    await expectAccessible(page);
    await shot(page, "vendor-status");
    await comments.getByRole("link", { name: "Change your answer to PAY-FN-02" }).click();
    await expect(page.getByText("Show how duplicate request IDs are refused.")).toBeVisible();
  });

  test("a vendor claims a seeded listing and a reviewer approves it", async ({ page, browser }) => {
    const email = `claim-${run}@example.org`;
    await signUpWithOrganisation(page, email, `Kafka Team ${run}`);
    await page.goto("/marketplace/products/apache-kafka");
    await expect(page.getByText("Seed data, not yet claimed by the vendor").first()).toBeVisible();
    await page.getByRole("link", { name: "Ask to take over this listing" }).click();
    await page.getByRole("button", { name: "Ask to take over this listing" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("at least 20 characters");
    await page.getByLabel(/How is your organisation connected/).fill("We maintain Apache Kafka; see the committers list on our site.");
    await expectAccessible(page);
    await shot(page, "claim-request");
    await page.getByRole("button", { name: "Ask to take over this listing" }).click();
    await expect(page.getByRole("status").filter({ hasText: "request is sent" })).toBeVisible();
    await expect(page.getByText("Apache Kafka for Kafka Team")).toBeVisible();

    const staff = await browser.newContext();
    const sp = await staff.newPage();
    await signIn(sp, ADMIN.email, ADMIN.password);
    // The workspace card (the staff menu has a "Listing claims" item too).
    await expect(sp.getByRole("listitem").filter({ has: sp.getByRole("heading", { level: 2, name: "Listing claims" }) })).toContainText(
      /[1-9]\d* waiting for a decision/,
    );
    await sp.getByRole("link", { name: "Listing claims" }).first().click();
    const claim = sp.getByRole("listitem").filter({ hasText: `claimed by Kafka Team ${run}` });
    await expect(claim).toContainText("We maintain Apache Kafka");
    await expectAccessible(sp);
    await shot(sp, "claims");
    await claim.getByRole("radio", { name: /^Approve/ }).check();
    await claim.getByRole("button", { name: "Record decision on Apache Kafka" }).click();
    await expect(sp.getByRole("status").filter({ hasText: "Claim approved." })).toBeVisible();
    await staff.close();

    await page.goto("/marketplace/products/apache-kafka");
    await expect(page.getByText(`by Kafka Team ${run}`)).toBeVisible();
    await expect(page.getByText("Seed data, not yet claimed by the vendor")).toHaveCount(0);
    await page.goto("/vendor");
    await expect(page.getByRole("link", { name: "Apache Kafka" }).first()).toBeVisible();
    expect(await lastMail(page, email)).toContain("Your claim on Apache Kafka: approved");
  });

  test("an admin removes the invited reviewer: signed out at once, and the review pages are closed to them", async ({ page, browser }) => {
    const invited = await browser.newContext();
    const rp = await invited.newPage();
    await signIn(rp, reviewerEmail, "an-invited-password", "/review");
    await expect(rp.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();

    await signIn(page, ADMIN.email, ADMIN.password, "/staff/people");
    const person = page.getByRole("listitem").filter({ hasText: reviewerEmail });
    await person
      .locator("summary")
      .filter({ hasText: `Remove ${reviewerEmail}` })
      .click();
    // The confirmation is required: without it nothing happens.
    await person.getByRole("button", { name: `Remove ${reviewerEmail}` }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    await page.getByRole("listitem").filter({ hasText: reviewerEmail }).getByRole("checkbox").check();
    await page
      .getByRole("listitem")
      .filter({ hasText: reviewerEmail })
      .getByRole("button", { name: `Remove ${reviewerEmail}` })
      .click();
    await expect(page.getByRole("status").filter({ hasText: `${reviewerEmail} is no longer a reviewer or admin` })).toBeVisible();
    await expect(page.getByRole("region", { name: /^People/ })).not.toContainText(reviewerEmail);
    await expectAccessible(page);

    // The removed reviewer's open session is gone; signing in again gives no access to the queue.
    await rp.goto("/review");
    await expect(rp).toHaveURL(/\/sign-in/);
    await signIn(rp, reviewerEmail, "an-invited-password", "/review");
    await expect(rp.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(rp.getByRole("heading", { level: 1, name: "Review queue" })).toHaveCount(0);
    await invited.close();
  });
});
