import { expect, test, type Page } from "@playwright/test";
import { deflateSync } from "node:zlib";
import { answerAllSections } from "./assessment";
import { expectAccessible } from "./axe";
import { addProduct, signUpWithOrganisation as signUpWithOrganisationByMail } from "./vendor-account";
import { ACCOUNTS } from "./roles";

// Findings of a walk through the marketplace as a vendor, a reviewer and a policy maker on a phone:
// each test pins one fix. The reviewer is the admin the seed creates (see playwright.config.ts).
const ADMIN = ACCOUNTS.admin;
const run = `w${Date.now().toString(36)}`;

/** A valid 16×16 PNG, built here so the test needs no binary fixture. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 16 }, () => Buffer.from([0, ...Array.from({ length: 16 }, () => [0, 96, 200]).flat()])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const signUpWithOrganisation = (page: Page, email: string, org: string) => signUpWithOrganisationByMail(page, { email, org, name: "Walk Vendor" });
const saveNewDraft = (page: Page, name: string, summary: string, bb?: RegExp) => addProduct(page, { name, summary, bb });

/** Creates a product claiming one BB, answers every requirement, and stays on its page. */
async function createAssessedProduct(page: Page, name: string, bb: { label: RegExp; answer: "Met" | "Not met" }) {
  await page.goto("/vendor");
  const url = await saveNewDraft(page, name, "A product listed by the marketplace walk test.", bb.label);
  await page.getByRole("link", { name: /^Answer the requirements/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /self-assessment for/ })).toBeVisible();
  const n = await answerAllSections(page, bb.answer);
  await page.getByRole("link", { name: /^Back to / }).click();
  await expect(page.getByText(`${n} of ${n} requirements answered`)).toBeVisible();
  return url;
}

async function signInAsReviewer(page: Page) {
  await page.goto("/sign-in?next=/review");
  await page.getByLabel("Email address").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
}

test.describe("forms", () => {
  test("the error summary lists problems in page order and a link shows the question, not just the box", async ({ page }) => {
    await signUpWithOrganisation(page, `order-${run}@example.org`, `Order Org ${run}`);
    await page.getByRole("link", { name: /^Add a product for/ }).click();
    // Website sits below the licence, hosting and pricing questions on the page.
    await page.getByLabel("Product name").fill(`Order ${run}`);
    await page.getByLabel("Website (optional)").fill("example.org");
    await page.getByRole("button", { name: "Save draft" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toBeFocused();
    const messages = await summary.getByRole("link").allInnerTexts();
    expect(messages).toEqual([
      "Summary must be at least 20 characters",
      "Choose a licence type",
      "Choose how the product is hosted",
      "Choose a pricing model",
      "Website must start with http:// or https://",
    ]);

    // Jumping to a radio group brings its question (the legend) into view with the control focused.
    await page.setViewportSize({ width: 1280, height: 600 });
    await summary.getByRole("link", { name: "Choose a pricing model" }).click();
    await expect(page.locator("#f-pricing")).toBeFocused();
    await expect(page.getByRole("group", { name: "Pricing" }).locator("legend")).toBeInViewport();
    await summary.getByRole("link", { name: "Website must start with" }).click();
    await expect(page.getByLabel("Website (optional)")).toBeFocused();
    await expect(page.locator("label[for='f-website']")).toBeInViewport();
  });
});

test.describe.serial("vendor and reviewer", () => {
  // A full Payments self-assessment is 65 answers, and sign-up hashes a password: on a busy 2-core machine that is more than the default minute.
  test.describe.configure({ timeout: 180_000 });
  const email = `walk-${run}@example.org`;
  const approved = `Walkpay ${run}`;
  const returned = `Walkmsg ${run}`;
  let approvedUrl = "";

  test("the vendor sees the uploaded logo; a product in review explains why it cannot be edited", async ({ page }) => {
    await signUpWithOrganisation(page, email, `Walk Org ${run}`);
    approvedUrl = await createAssessedProduct(page, approved, { label: /^Payments/, answer: "Met" });
    await expect(page.getByText("No logo yet.")).toBeVisible();
    await page.getByLabel("Logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png() });
    await page.getByRole("button", { name: "Upload logo" }).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    const logo = page.getByRole("img", { name: `Current logo of ${approved}` });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(16);
    await expect(page.getByRole("button", { name: "Replace logo" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
    // A bookmarked edit or assessment page now leads back here with the reason, not to "page not found".
    for (const path of ["/edit", "/assessment/payments"]) {
      const response = await page.goto(approvedUrl + path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(`${approvedUrl}?locked=1`);
      await expect(page.getByRole("status").filter({ hasText: "You cannot change" })).toContainText(
        `You cannot change ${approved} while version 1 waits for review`,
      );
    }

    await createAssessedProduct(page, returned, { label: /^Messaging/, answer: "Not met" });
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
  });

  test("after each decision the reviewer is told what happened, and the audit log reads in words", async ({ page }) => {
    await signInAsReviewer(page);
    await page.getByRole("link", { name: `${approved} version 1` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Review: ${approved} version 1` })).toBeVisible();
    const approvedReviewUrl = page.url();
    await page.getByRole("radio", { name: "Approve and publish" }).check();
    await page.getByRole("button", { name: "Record decision" }).click();
    const notice = page.getByRole("status").filter({ hasText: "You approved" });
    await expect(notice).toHaveText(`You approved ${approved} version 1. It is now public: see the listing.`);
    await notice.getByRole("link", { name: "see the listing" }).click();
    await expect(page.getByRole("heading", { level: 1, name: approved })).toBeVisible();
    await expect(page.locator("main img[src^='/api/marketplace/logos/']")).toBeVisible();

    await page.goto("/review");
    await page.getByRole("link", { name: `${returned} version 1` }).click();
    await page.getByRole("radio", { name: "Request changes" }).check();
    await page.getByLabel("Reason or comment for the vendor").fill("Add a link to your documentation.");
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You asked for changes" })).toContainText(`You asked for changes to ${returned} version 1.`);
    await expectAccessible(page);

    // Once approved, the submission is the published version, not an "update" of itself.
    await page.goto(approvedReviewUrl);
    await expect(page.getByText("Decision already recorded: approved.")).toBeVisible();
    await expect(page.getByText(/^Update of published version/)).toHaveCount(0);
    await page.getByRole("link", { name: "see the public listing" }).click();
    await expect(page.getByRole("heading", { level: 1, name: approved })).toBeVisible();

    await page.goto("/review/audit");
    const row = page.getByRole("row").filter({ hasText: returned }).filter({ hasText: "Changes requested" });
    await expect(row).toContainText("Reason: Add a link to your documentation.");
    await expect(page.getByRole("row").filter({ hasText: approved }).filter({ hasText: "Approved and published" })).toContainText("Version 1");
    await expectAccessible(page);
  });
});

test.describe("withdrawing and deleting", () => {
  // A full Payments self-assessment is 65 answers, and sign-up hashes a password: on a busy 2-core machine that is more than the default minute.
  test.describe.configure({ timeout: 180_000 });
  test("a vendor withdraws a submission with a typo, fixes it and submits again; another vendor's session is refused", async ({ page, browser }) => {
    const name = `Tpyo ${run}`;
    const fixed = `Typo ${run}`;
    await signUpWithOrganisation(page, `withdraw-${run}@example.org`, `Withdraw Org ${run}`);
    const url = await createAssessedProduct(page, name, { label: /^Payments/, answer: "Met" });
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();
    // Submitted: it cannot be deleted, only withdrawn.
    await expect(page.getByRole("heading", { name: "Delete this draft" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Withdraw from review" })).toBeVisible();
    await expectAccessible(page);

    // Another vendor, signed in with their own organisation, cannot see the product...
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUpWithOrganisation(otherPage, `withdraw-other-${run}@example.org`, `Other Withdraw Org ${run}`);
    expect((await otherPage.goto(url))?.status()).toBe(404);
    await expect(otherPage.getByText(name)).toHaveCount(0);
    // ...and posting the withdraw form with their session is refused by the server.
    const ownCookies = await page.context().cookies();
    await page.context().clearCookies();
    await page.context().addCookies(await other.cookies());
    await page.getByRole("button", { name: "Withdraw from review" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("You do not have access to this product.");
    await other.close();
    await page.context().clearCookies();
    await page.context().addCookies(ownCookies);
    await page.goto(url);
    await expect(page.getByText("Submitted for review", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Withdraw from review" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Withdrawn from review." })).toContainText("a draft again with your changes kept");
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Version 1, submitted" })).toContainText("Withdrawn from review by your organisation");
    // The answers are still there.
    await expect(page.getByText(/^(\d+) of \1 requirements answered$/)).toBeVisible();

    await page.getByRole("link", { name: "Edit product details" }).click();
    await page.getByLabel("Product name").fill(fixed);
    await page.getByRole("button", { name: /^Save/ }).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted. A reviewer will look at it")).toBeVisible();

    // The reviewer's queue has only the corrected version; the audit log records the withdrawal.
    const reviewer = await browser.newContext();
    const reviewerPage = await reviewer.newPage();
    await signInAsReviewer(reviewerPage);
    await expect(reviewerPage.getByRole("link", { name: `${fixed} version 2` })).toBeVisible();
    await expect(reviewerPage.getByRole("link", { name: new RegExp(`${name}|${fixed} version 1`) })).toHaveCount(0);
    await reviewerPage.goto("/review/audit");
    await expect(reviewerPage.getByRole("row").filter({ hasText: "Withdrawn from review by the vendor" }).filter({ hasText: fixed }).first()).toContainText(
      "Version 1",
    );
    await reviewer.close();
  });

  test("a vendor deletes an accidental draft after ticking the confirmation; signed in, sign-up leads to /vendor", async ({ page }) => {
    const name = `Oops ${run}`;
    await signUpWithOrganisation(page, `delete-${run}@example.org`, `Delete Org ${run}`);
    await page.goto("/vendor/sign-up");
    await expect(page).toHaveURL(/\/vendor$/);

    const url = await saveNewDraft(page, name, "A draft created by mistake, to be deleted.");
    await expect(page.getByRole("button", { name: "Withdraw from review" })).toHaveCount(0);
    await page.getByLabel("Logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png() });
    await page.getByRole("button", { name: "Upload logo" }).click();
    const logoSrc = await page.getByRole("img", { name: `Current logo of ${name}` }).getAttribute("src");
    expect((await page.request.get(logoSrc!)).status()).toBe(200);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Delete this draft" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Tick the box to confirm you want to delete this draft");
    await page.getByRole("checkbox", { name: `I understand ${name} and its answers will be deleted for good` }).check();
    await page.getByRole("button", { name: "Delete this draft" }).click();
    await expect(page).toHaveURL(/\/vendor\?deleted=1$/);
    await expect(page.getByRole("status")).toHaveText("The draft is deleted, with its answers and logo.");
    await expect(page.getByRole("link", { name })).toHaveCount(0);
    expect((await page.goto(url))?.status()).toBe(404);
    // The uploaded logo file is gone too.
    expect((await page.request.get(logoSrc!)).status()).toBe(404);
  });
});

test.describe("policy maker on a phone", () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test("results start near the top, filters sit behind a button, and the compare tray keeps products across pages", async ({ page }) => {
    await page.goto("/marketplace");
    await expect(page.locator("#results-heading")).toBeInViewport();
    const filters = page.locator("summary").filter({ hasText: "Filters" });
    await expect(filters).toBeVisible();
    await expect(page.getByLabel("Search products")).toBeHidden();
    await filters.click();
    await expect(page.getByLabel("Search products")).toBeVisible();

    // Chosen on a product page, kept while paging through the list; the tray stays in view.
    await page.goto("/marketplace/products/mosip");
    await page.getByRole("checkbox", { name: "Compare MOSIP" }).check();
    const tray = page.getByRole("region", { name: "Compare tray" });
    await expect(tray).toContainText("MOSIP");
    await page.goto("/marketplace");
    await page
      .getByRole("link", { name: /^(Next|Previous) page$/ })
      .first()
      .click();
    await expect(tray).toBeInViewport();
    await expect(tray).toContainText("MOSIP");
    await page
      .getByRole("checkbox", { name: /^Compare / })
      .nth(1)
      .check();
    await expect(tray).toContainText("2 of 4");
    await expectAccessible(page);
    await tray.getByRole("link", { name: "Compare 2 products" }).click();
    await expect(page.getByRole("columnheader", { name: "MOSIP" })).toBeVisible();
    await expect(page.getByRole("columnheader")).toHaveCount(2);

    // The table scrolls sideways inside a named, focusable region; the row names stay put.
    const region = page.getByRole("region", { name: /^Comparison of / });
    await expect(region).toHaveAttribute("tabindex", "0");
    const rowName = page.getByRole("rowheader", { name: /^Hosting/ });
    const before = await rowName.boundingBox();
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // (within the half pixel of its collapsed border)
    expect(Math.abs((await rowName.boundingBox())!.x - before!.x)).toBeLessThanOrEqual(1);
    await expect(page.locator("html")).toHaveJSProperty("scrollWidth", 320);
    await expectAccessible(page);

    // Back to the list with both products still ticked.
    await page.getByRole("link", { name: "Add another product to this comparison" }).click();
    await expect(page).toHaveURL(/ids=mosip/);
    await expect(page.getByRole("region", { name: "Compare tray" })).toContainText("MOSIP");
  });
});
