import { randomUUID } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { makeExe, makePdf } from "../lib/involvement/test-files/make";
import { expectAccessible } from "./axe";
import { createStaff } from "./staff-account";
import { signUpVendor } from "./vendor-account";

// Staff accounts (Better Auth users with the reviewer or admin role) on the throwaway e2e database,
// created straight in the database once the server prepared it.
const ADMIN = { email: `admin-${randomUUID()}@e2e.test`, password: `pw-${randomUUID()}` };
const REVIEWER = { email: `reviewer-${randomUUID()}@e2e.test`, password: `pw-${randomUUID()}` };
const UPLOADS = ".e2e/uploads";

test.beforeAll(() => {
  createStaff(ADMIN, "admin");
  createStaff(REVIEWER, "reviewer");
});

// Each test speaks from its own address, so the per-IP rate limits of one test never touch another.
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` });
});
const rand = () => Math.floor(Math.random() * 250) + 1;

async function signIn(page: Page, user: { email: string; password: string }, next = "/staff") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

async function fillValidApplication(page: Page, lastName: string) {
  await page.getByLabel("First name").fill("Grace");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByRole("radio", { name: "Female", exact: true }).check();
  await page.getByLabel("Nationality").fill("Ghanaian");
  await page.getByLabel("Country of residence").fill("Ghana");
  await page.getByLabel("Email address").fill("grace@example.org");
  await page.getByRole("checkbox", { name: "Payments", exact: true }).check();
  await page.getByRole("checkbox", { name: "GIS", exact: true }).check();
  await page.getByLabel("Why do you want to contribute?").fill("I designed two national payment switches.");
}

async function expectErrors(page: Page, messages: string[]) {
  const summary = page.getByRole("alert", { name: "There is a problem" }).filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(messages);
  await expect(page).toHaveTitle(/^Error: /);
  for (const message of messages) await expect(page.locator("form p", { hasText: `Error: ${message}` })).toHaveCount(1);
}

test("the get involved page links the three ways to take part", async ({ page }) => {
  await page.goto("/get-involved");
  await expect(page.getByRole("heading", { level: 1, name: "Get involved" })).toBeVisible();
  for (const name of ["Give feedback on a specification", "Become a contributor", "Implement with us"]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await expectAccessible(page);
});

test.describe("feedback on a specification", () => {
  test("an unknown specification has no feedback page", async ({ page }) => {
    expect((await page.goto("/building-blocks/no-such-bb/feedback"))?.status()).toBe(404);
  });

  test("shows every validation error and keeps what was typed", async ({ page }) => {
    await page.goto("/building-blocks/consent/feedback");
    await expect(page.getByRole("heading", { level: 1, name: "Feedback on the Consent specification" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expectErrors(page, ["Choose what your feedback is about", "Enter your feedback"]);
    await expectAccessible(page);

    await page.getByLabel("What is your feedback about?").selectOption("whole");
    await page.getByLabel("Your comment").fill("Needs an example.");
    await page.getByLabel("Your email address (optional)").fill("not-an-email");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expectErrors(page, ["Enter an email address in the correct format, like name@example.org"]);
    await expect(page.getByLabel("Your comment")).toHaveValue("Needs an example.");
    await expect(page.getByLabel("What is your feedback about?")).toHaveValue("whole");

    await page.getByLabel("Your email address (optional)").fill("");
    await page.getByLabel("Reviewers may contact me about this feedback by email").check();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expectErrors(page, ["Enter your email address so we can contact you, or untick the box"]);
  });

  test("a visitor sends feedback; a reviewer sees it, accepts it and replies; the open count shows", async ({ page }) => {
    const comment = `PAY-FN-02 should say which currencies. ${randomUUID()}`;
    await page.goto("/building-blocks/payments/feedback");
    await expect(page.getByText("There is no open feedback on it yet.")).toBeVisible();
    await page.getByLabel("What is your feedback about?").selectOption("PAY-FN-02");
    await page.getByLabel("Your comment").fill(comment);
    await page.getByLabel("Your name (optional)").fill("Amina");
    await page.getByLabel("Your email address (optional)").fill("amina@example.org");
    await page.getByLabel("Reviewers may contact me about this feedback by email").check();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();
    await page.reload();
    await expect(page.getByText("1 piece of feedback is open.")).toBeVisible();

    await page.goto("/staff/feedback");
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await signIn(page, REVIEWER, "/staff/feedback");
    const item = page.getByRole("listitem").filter({ hasText: comment });
    await expect(item).toContainText("Requirement PAY-FN-02");
    await expect(item).toContainText("From Amina, amina@example.org · agrees to be contacted");
    await item.getByLabel("Status").selectOption("accepted");
    await item.getByLabel("Reply").fill("Good point, we will add ISO 4217.");
    await item.getByRole("button", { name: "Save review" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: comment }).getByText("Saved.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: comment }).getByLabel("Reply")).toHaveValue("Good point, we will add ISO 4217.");
    await expectAccessible(page);
  });

  test("a filled honeypot looks sent but stores nothing", async ({ page, browser }) => {
    await page.goto("/building-blocks/messaging/feedback");
    await page.getByLabel("What is your feedback about?").selectOption("whole");
    await page.getByLabel("Your comment").fill("Buy cheap watches");
    await page.locator("#hp-website").fill("http://spam.example", { force: true });
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();
    const staff = await browser.newPage();
    await signIn(staff, REVIEWER, "/staff/feedback");
    await expect(staff.getByText("Buy cheap watches")).toHaveCount(0);
    await staff.close();
  });

  test("too many submissions from one address are refused with a clear message", async ({ browser }) => {
    test.setTimeout(150_000);
    // An address of its own (the test runner is a trusted proxy here), so other tests' forms do not count.
    const context = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    });
    const page = await context.newPage();
    await page.goto("/building-blocks/identity/feedback");
    for (let i = 0; i < 10; i++) {
      await page.getByRole("button", { name: "Send feedback" }).click();
      await expect(page.getByRole("link", { name: "Enter your feedback" })).toBeVisible();
    }
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Too many forms have been sent from here");
    await context.close();
  });
});

test.describe("become a contributor", () => {
  const ALL_ERRORS = [
    "Enter your first name",
    "Enter your last name",
    "Select your gender",
    "Enter your nationality",
    "Enter your country of residence",
    "Enter your email address",
    "Select at least one domain of expertise",
    "Enter your motivation",
    "Select your CV",
  ];

  const fillValid = fillValidApplication;

  test("shows every validation error, keeps what was typed, and is accessible", async ({ page }) => {
    await page.goto("/get-involved/contribute");
    await expect(page.getByText("How long: 12 months after you send it", { exact: false })).toBeAttached();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send application" }).click();
    await expectErrors(page, ALL_ERRORS);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Select at least one domain of expertise" }).click();
    await expect(page.getByRole("checkbox", { name: "Digital Identity", exact: true })).toBeFocused();

    await fillValid(page, "Kept");
    await page.getByRole("radio", { name: "Other", exact: true }).check();
    await page.getByLabel("Email address").fill("grace@");
    await page.getByRole("button", { name: "Send application" }).click();
    await expectErrors(page, ["Enter how you describe your gender", "Enter an email address in the correct format, like name@example.org", "Select your CV"]);
    await expect(page.getByLabel("Last name")).toHaveValue("Kept");
    await expect(page.getByRole("radio", { name: "Other", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "GIS", exact: true })).toBeChecked();
    await expect(page.getByLabel("Why do you want to contribute?")).toHaveValue("I designed two national payment switches.");
  });

  test("motivation is limited to 500 characters with a live count", async ({ page }) => {
    await page.goto("/get-involved/contribute");
    const motivation = page.getByLabel("Why do you want to contribute?");
    await motivation.fill("a".repeat(500));
    await expect(page.getByText("You have 0 characters remaining")).toBeVisible();
    await motivation.fill("a".repeat(501));
    await expect(page.getByText("You have 1 character too many")).toBeVisible();
    await expect(page.locator("[aria-live=polite]", { hasText: "You have 1 character too many" })).toBeAttached();
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("link", { name: "Motivation must be 500 characters or fewer" })).toBeVisible();
    await expect(motivation).toHaveValue("a".repeat(501));
  });

  test("an executable renamed to .pdf is refused", async ({ page }) => {
    await page.goto("/get-involved/contribute");
    await fillValid(page, "Exe");
    await page.getByLabel("Upload your CV").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: makeExe() });
    await page.getByRole("button", { name: "Send application" }).click();
    await expectErrors(page, ["The CV must be a PDF, DOC or DOCX file"]);
  });

  test("a CV over 50 MB is refused, in the browser and by the server", async ({ browser }) => {
    const big = join(tmpdir(), `cv-${randomUUID()}.pdf`);
    const bytes = Buffer.alloc(51 * 1024 * 1024, 0x20);
    makePdf().copy(bytes);
    writeFileSync(big, bytes);

    const withJs = await browser.newPage();
    await withJs.goto("/get-involved/contribute");
    await withJs.getByLabel("Upload your CV").setInputFiles(big);
    await expect(withJs.getByText("The CV must be smaller than 50 MB (the file you chose is 51 MB)")).toBeVisible();
    await withJs.close();

    // Without JavaScript the file is uploaded and the server answers.
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.9.9.9" } });
    const page = await context.newPage();
    await page.goto("/get-involved/contribute");
    await fillValid(page, "Big");
    await page.getByLabel("Upload your CV").setInputFiles(big);
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("link", { name: "The CV must be smaller than 50 MB" })).toBeVisible();
    await expect(page.getByLabel("Last name")).toHaveValue("Big");
    await context.close();
  });

  test("an application with a PDF is stored; staff see it and download the CV; visitors cannot; an admin deletes it", async ({ page, browser }) => {
    const lastName = `Hopper-${randomUUID().slice(0, 8)}`;
    const pdf = makePdf();
    await page.goto("/get-involved/contribute");
    await fillValid(page, lastName);
    await page.getByLabel("Upload your CV").setInputFiles({ name: "grace-cv.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("heading", { name: "Application sent" })).toBeVisible();

    // A reviewer sees it and downloads the CV, but cannot delete.
    await signIn(page, REVIEWER, "/staff/applications");
    await page.getByRole("link", { name: `Grace ${lastName}` }).click();
    await expect(page.getByText("Payments, GIS").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Delete this application" })).toHaveCount(0);
    const cvUrl = await page.getByRole("link", { name: /Download CV/ }).getAttribute("href");
    const applicationUrl = page.url();
    const download = await page.request.get(cvUrl!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain("grace-cv.pdf");
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await page.getByLabel("Status").selectOption("shortlisted");
    await page.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await expectAccessible(page);

    // A visitor (no session) reaches neither the application nor its CV.
    const visitor = await browser.newContext();
    expect((await visitor.request.get(cvUrl!, { maxRedirects: 0 })).status()).toBe(404);
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(applicationUrl);
    await expect(visitorPage).toHaveURL(/\/sign-in\?next=/);
    await expect(visitorPage.getByText(lastName)).toHaveCount(0);
    await visitor.close();

    // An admin deletes it: the row and the file go.
    const filesBefore = readdirSync(UPLOADS).length;
    const admin = await browser.newPage();
    await signIn(admin, ADMIN, "/staff");
    await admin.goto(applicationUrl);
    await admin.getByRole("button", { name: "Delete application and CV" }).click();
    await expect(admin.getByText("Tick the box to confirm the deletion")).toBeVisible();
    await admin.getByLabel("I understand the application and CV will be deleted for good").check();
    await admin.getByRole("button", { name: "Delete application and CV" }).click();
    await expect(admin.getByText("The application and its CV were deleted.")).toBeVisible();
    await expect(admin.getByRole("link", { name: `Grace ${lastName}` })).toHaveCount(0);
    expect((await admin.request.get(cvUrl!)).status()).toBe(404);
    expect(readdirSync(UPLOADS).length).toBe(filesBefore - 1);
    await admin.close();
  });
});

test.describe("implement with us", () => {
  test("explains how a country engages and shows every validation error", async ({ page }) => {
    await page.goto("/get-involved/implement");
    for (const name of [
      "Readiness assessment and roadmap",
      "Piloting a use case",
      "Strengthening local capacity",
      "Contributing to specifications",
      "Communities of practice",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send expression of interest" }).click();
    await expectErrors(page, [
      "Enter your country",
      "Enter your ministry or agency",
      "Enter the contact person's name",
      "Enter an email address",
      "Enter a message",
    ]);
    await expectAccessible(page);
  });

  test("a ministry sends an expression of interest and staff see it; visitors cannot", async ({ page }) => {
    const organisation = `Ministry of ICT ${randomUUID().slice(0, 8)}`;
    await page.goto("/get-involved/implement");
    await page.getByLabel("Country").fill("Rwanda");
    await page.getByLabel("Ministry or agency").fill(organisation);
    await page.getByLabel("Contact name").fill("Jean Uwase");
    await page.getByLabel("Email address").fill("jean@minict.example");
    await page.getByRole("checkbox", { name: "Unconditional Social Cash Transfer", exact: true }).check();
    await page.getByRole("checkbox", { name: "Payments", exact: true }).check();
    await page.getByLabel("Your message").fill("We want to pilot digital cash transfers in two districts.");
    await page.getByRole("button", { name: "Send expression of interest" }).click();
    await expect(page.getByRole("heading", { name: "Thank you, we have your message" })).toBeVisible();

    await page.goto("/staff/interest");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstaff%2Finterest$/);
    await signIn(page, ADMIN, "/staff/interest");
    const item = page.getByRole("listitem").filter({ hasText: organisation });
    await expect(item).toContainText("Jean Uwase");
    await expect(item).toContainText("Use cases: Unconditional Social Cash Transfer");
    await expect(item).toContainText("Building Blocks: Payments");
    await expectAccessible(page);
  });
});

test.describe("staff sign-in", () => {
  test("a wrong password is refused, and repeated tries are rate limited", async ({ page }) => {
    await page.goto("/staff/sign-in");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectErrors(page, ["Enter an email address like name@example.org", "Enter your password"]);
    const email = `nobody-${randomUUID()}@e2e.test`;
    // Each answer re-mounts the form with an empty password: that is when the next try can start.
    const attempt = async () => {
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill("wrong password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByLabel("Password")).toHaveValue("");
    };
    for (let i = 0; i < 5; i++) {
      await attempt();
      await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The email address or password is not right");
    }
    await attempt();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Too many sign-in attempts");
  });

  test("old sign-in addresses keep a safe return address and drop an unsafe one", async ({ page }) => {
    await page.goto("/staff/sign-in?next=%2Fstaff%2Ffeedback");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstaff%2Ffeedback$/);
    await page.goto("/vendor/sign-in?next=https%3A%2F%2Fevil.example%2F");
    await expect(page).toHaveURL(/\/sign-in$/);
    // A forged return address in the form itself is ignored too.
    await page.goto("/sign-in?next=%2F%2Fevil.example");
    await expect(page.locator("input[name=next]")).toHaveValue("");
    await page.locator("input[name=next]").evaluate((el: HTMLInputElement) => (el.value = "//evil.example/x"));
    await page.getByLabel("Email address").fill(REVIEWER.email);
    await page.getByLabel("Password").fill(REVIEWER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/staff$/);
  });

  test("the header shows the staff links once signed in; signing out ends the session", async ({ page }) => {
    await page.goto("/");
    const account = page.getByRole("navigation", { name: "Account" });
    await expect(account.getByRole("link", { name: "Sign in" })).toBeVisible();
    await signIn(page, REVIEWER);
    await expect(account.getByRole("link", { name: "Staff workspace" })).toHaveAttribute("href", "/staff");
    await expect(account.getByRole("link", { name: "Review queue" })).toHaveCount(0);
    await page.goto("/review");
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await page.goto("/staff");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
    await expect(account.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/staff/feedback");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstaff%2Ffeedback$/);
  });
});

test.describe("who may see and change applications", () => {
  test("a vendor reaches no staff page or CV; a reviewer cannot call the admin-only delete action", async ({ page, browser }) => {
    const lastName = `Lovelace-${randomUUID().slice(0, 8)}`;
    await page.goto("/get-involved/contribute");
    await fillValidApplication(page, lastName);
    await page.getByLabel("Upload your CV").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: makePdf() });
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("heading", { name: "Application sent" })).toBeVisible();

    // An admin finds it, its CV address and the delete form's server-action id.
    const admin = await browser.newPage();
    await signIn(admin, ADMIN, "/staff/applications");
    await admin.getByRole("link", { name: `Grace ${lastName}` }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toContainText(lastName);
    const applicationUrl = admin.url();
    const id = applicationUrl.split("/").pop()!;
    const cvUrl = (await admin.getByRole("link", { name: /Download CV/ }).getAttribute("href"))!;
    // The server-rendered delete form carries its action id in a hidden field (what a no-JS browser posts).
    const html = await (await admin.request.get(applicationUrl)).text();
    const actionField = html.slice(html.indexOf('id="delete"')).match(/name="(\$ACTION_ID_[0-9a-f]+)"/)?.[1];
    expect(actionField).toBeTruthy();

    // A signed-in vendor: every staff page is a 404, and so is the CV.
    const vendor = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${rand()}.${rand()}.${rand()}` } });
    const vendorPage = await vendor.newPage();
    await signUpVendor(vendorPage, { name: "Not Staff", email: `vendor-${randomUUID()}@e2e.test` });
    await expect(vendorPage.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Your products" })).toBeVisible();
    for (const path of ["/staff", "/staff/feedback", "/staff/applications", "/staff/interest", new URL(applicationUrl).pathname]) {
      expect((await vendorPage.goto(path))?.status(), path).toBe(404);
      await expect(vendorPage.getByText(lastName)).toHaveCount(0);
    }
    expect((await vendorPage.request.get(cvUrl, { maxRedirects: 0 })).status()).toBe(404);
    await vendor.close();

    // A reviewer posts the delete action directly, as the admin's form would: refused, nothing deleted.
    const reviewer = await browser.newPage();
    await signIn(reviewer, REVIEWER, "/staff");
    const forged = await reviewer.request.post(applicationUrl, {
      multipart: { [actionField!]: "", id, confirm: "yes" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(404);
    await reviewer.goto(applicationUrl);
    await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(lastName);
    expect((await reviewer.request.get(cvUrl)).status()).toBe(200);
    await reviewer.close();

    // The same request from the admin does delete it, so the reviewer's refusal was not a broken request.
    const real = await admin.request.post(applicationUrl, { multipart: { [actionField!]: "", id, confirm: "yes" }, maxRedirects: 0 });
    expect(real.status()).toBe(303);
    expect((await admin.request.get(cvUrl)).status()).toBe(404);
    await admin.close();
  });
});

test.describe("after a form with errors is sent correctly", () => {
  test("the contributor form drops the Error: title and moves focus to the confirmation", async ({ page }) => {
    await page.goto("/get-involved/contribute");
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    // A field with an error has a red border, not only a red message.
    await expect(page.getByLabel("First name")).toHaveCSS("border-top-color", "rgb(179, 38, 30)");
    await fillValidApplication(page, `Focus-${randomUUID().slice(0, 8)}`);
    await page.getByLabel("Upload your CV").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: makePdf() });
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("heading", { name: "Application sent" })).toBeFocused();
    await expect(page).toHaveTitle(/^Become a contributor/);
  });

  test("the feedback form confirms, any review-log link goes to this spec's public log, and it leads back to the specification", async ({ page }) => {
    await page.goto("/building-blocks/workflow/feedback");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await page.getByLabel("What is your feedback about?").selectOption("whole");
    await page.getByLabel("Your comment").fill("An example of a timer event would help.");
    await page.getByRole("button", { name: "Send feedback" }).click();
    const heading = page.getByRole("heading", { name: "Thank you for your feedback" });
    await expect(heading).toBeFocused();
    await expect(page).not.toHaveTitle(/^Error: /);
    // Reviewed feedback is published without names (#16): a link to the log must lead to this spec's log.
    for (const link of await page.getByRole("link", { name: /review log/i }).all())
      await expect(link).toHaveAttribute("href", /\/building-blocks\/workflow\/reviews$/);
    await page.getByRole("link", { name: "Back to the Workflow specification" }).last().click();
    await expect(page).toHaveURL(/\/building-blocks\/workflow$/);
  });
});
