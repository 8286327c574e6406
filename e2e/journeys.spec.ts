// The journey player: walk every step of the five journeys by clicking each step's button, check the
// state each journey creates through the mock APIs, try one unhappy path per use case, and run axe.
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

const JOURNEYS = [
  { id: "postpartum-infant-care", steps: 7, unhappy: { step: 2, fault: "consent-refused" } },
  { id: "market-linkage", steps: 9, unhappy: { step: 7, fault: "insufficient-funds" } },
  { id: "agricultural-advisory", steps: 9, unhappy: { step: 4, fault: "identity-mismatch" } },
  { id: "cash-transfer", steps: 9, unhappy: { step: 6, fault: "payment-failed" } },
  { id: "remote-learning", steps: 5, unhappy: { step: 3, fault: "deadline-missed" } },
] as const;

async function namespaceOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === "sandbox_ns");
  expect(cookie?.value).toMatch(/^v-/);
  return cookie!.value;
}

/** Opens a step page, presses its run button and waits for the outcome. */
async function runStep(page: Page, id: string, n: number) {
  await page.goto(`/use-cases/${id}/steps/${n}`);
  await page.getByTestId("run-step").click();
  const result = page.getByTestId("run-result");
  await expect(result).toBeVisible({ timeout: 20_000 });
  return result;
}

async function readRecord(request: APIRequestContext, ns: string, registry: string, id: string) {
  return request.post(`/mock/ns/${ns}/digital-registries/data/${registry}/1.0/read`, { data: { query: { content: { id } } } });
}

/** What each journey leaves behind, checked through the mock BBs' own APIs. */
const CHECKS: Record<string, (request: APIRequestContext, ns: string, page: Page) => Promise<void>> = {
  "postpartum-infant-care": async (request, ns) => {
    const rec = await readRecord(request, ns, "mcts", "MCTS-IN378129127223");
    expect(rec.status()).toBe(200);
    expect((await rec.json()).content).toMatchObject({ caretaker: { citizenId: "IN378129127223", name: "Sowmya Rao" }, status: "infant-born" });
    const apps = await (await request.get(`/mock/ns/${ns}/registration/applications?serviceId=svc-postpartum-care`)).json();
    expect(apps.some((a: { applicantId: string; status: { code: string } }) => a.applicantId === "IN378129127223" && a.status.code === "APPROVED")).toBe(true);
  },
  "market-linkage": async (request, ns) => {
    expect((await readRecord(request, ns, "farmers", "FRM-IN401122334455")).status()).toBe(200);
    const item = await request.get(`/mock/ns/${ns}/e-marketplace/catalog/Item/item-tomatoes-4455`);
    expect(item.status()).toBe(200);
    // Listed at 18 per kg; Raghu accepted Amina's offer of 16 in step 6, so the listing shows the agreed price.
    expect((await item.json()).price).toMatchObject({ value: "16" });
    // The trade: the order is complete and the 500 kg sold have left the stock.
    const order = await request.get(`/mock/ns/${ns}/e-marketplace/orders/ORD-2026-0612`);
    expect((await order.json())[0]).toMatchObject({ status: "COMPLETE" });
    const stock = await request.get(`/mock/ns/${ns}/e-marketplace/inventory/checkAvailability/Item/item-tomatoes-4455`);
    expect((await stock.json()).quantity).toMatchObject({ available: { count: 0 }, selected: { count: 0 } });
  },
  "agricultural-advisory": async (request, ns) => {
    expect((await readRecord(request, ns, "farmers", "FRM-TZ402233445566")).status()).toBe(200);
    expect((await readRecord(request, ns, "advisory-content", "ADV-MAIZE-20260309")).status()).toBe(200);
  },
  "cash-transfer": async (request, ns) => {
    const rec = await readRecord(request, ns, "households", "HH-GHA-403344556-7");
    expect(rec.status()).toBe(200);
    expect((await rec.json()).content).toMatchObject({ status: "recertification", lastChange: "Member died" });
  },
  "remote-learning": async (request, ns) => {
    const apps = await (await request.get(`/mock/ns/${ns}/registration/applications?serviceId=svc-remote-learning`)).json();
    expect(apps.some((a: { applicantId: string; status: { code: string } }) => a.applicantId === "NE404455667788" && a.status.code === "APPROVED")).toBe(true);
    // The last step archives the cohort and deletes the learner record.
    expect((await readRecord(request, ns, "learners", "LRN-NE404455667788")).status()).toBe(404);
  },
};

for (const j of JOURNEYS) {
  test(`walk every step of ${j.id} and check what it created`, async ({ page, context, request }) => {
    test.setTimeout(180_000);
    for (let n = 1; n <= j.steps; n++) {
      const result = await runStep(page, j.id, n);
      await expect(result, `step ${n}`).toHaveAttribute("data-status", "ok");
      expect(await page.getByTestId("exchange").count(), `step ${n} shows its calls`).toBeGreaterThan(0);
    }
    await CHECKS[j.id]!(request, await namespaceOf(context), page);
  });

  test(`unhappy path in ${j.id}: ${j.unhappy.fault}`, async ({ page, context, request }) => {
    await page.goto(`/use-cases/${j.id}/steps/${j.unhappy.step}`);
    await page.getByTestId(`unhappy-${j.unhappy.fault}`).click();
    const result = page.getByTestId("run-result");
    await expect(result).toHaveAttribute("data-status", "unhappy", { timeout: 20_000 });
    await expect(page.getByRole("status").filter({ hasText: "handled a problem" })).toHaveCount(1);
    const faults = await (await request.get(`/api/sandbox/faults?ns=${await namespaceOf(context)}`)).json();
    expect(JSON.stringify(faults)).not.toMatch(/true|payments|identity/);
  });
}

test("a step opened directly creates its prerequisites", async ({ page }) => {
  const result = await runStep(page, "cash-transfer", 5);
  await expect(result).toHaveAttribute("data-status", "ok");
  await expect(result).toContainText("First ran “Register");
});

test("bad input is refused with a message naming the field, shown in an error summary", async ({ page, request }) => {
  const api = await request.post("/api/use-cases/postpartum-infant-care/steps/2/run", { data: { input: { nationalId: "", birthDate: "14/03/1998" } } });
  expect(api.status()).toBe(400);
  const body = await api.json();
  expect(body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(["input.nationalId", "input.birthDate"]));
  await page.goto("/use-cases/postpartum-infant-care/steps/2");
  await page.getByLabel("National ID number").fill("");
  await page.getByTestId("run-step").click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /National ID number/ })).toBeVisible();
});

test("axe: use-case index and the player after a run with the trace expanded", async ({ page }) => {
  await page.goto("/use-cases");
  await expectAccessible(page);
  await runStep(page, "postpartum-infant-care", 1);
  await page.getByTestId("exchange").first().locator("summary").click();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("keyboard only: run a step and reach its first exchange", async ({ page }) => {
  await page.goto("/use-cases/remote-learning/steps/2");
  await page.getByTestId("run-step").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("run-result")).toBeVisible({ timeout: 20_000 });
  const summary = page.getByTestId("exchange").first().locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("exchange").first()).toHaveAttribute("open", "");
});

test("keyboard only: focus stays on the button pressed, and each action says what it did next to it", async ({ page }) => {
  await page.goto("/use-cases/cash-transfer/steps/2");
  const run = page.getByTestId("run-step");
  await run.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("run-result")).toBeVisible({ timeout: 20_000 });
  await expect(run).toBeFocused();
  const status = page.getByTestId("player-status");
  await expect(status).toContainText("Done.");
  await expect(status.getByRole("link", { name: "See what happened behind the scenes" })).toBeVisible();

  const reset = page.getByRole("button", { name: "Reset the sandbox" });
  await reset.focus();
  await page.keyboard.press("Enter");
  await expect(status).toContainText("The sandbox is reset");
  await expect(reset).toBeFocused();
  await expect(page.getByTestId("run-result")).toHaveCount(0);
});
