// Issue 13: the player never breaks, and "Play the whole journey" plays every use case end to end,
// with each unhappy path taken first. Also: faults named and cleared, Copy as curl from the visitor's
// address, Market Linkage step 8 opened directly, and the small defects (320 px, capitals, age).
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { getUseCases } from "../lib/content/use-cases";

const useCases = getUseCases();

/** Opens the whole-journey page with problems first and the shortest reading time. */
async function openPlayback(page: Page, id: string) {
  await page.goto(`/use-cases/${id}/play`);
  await page.getByTestId("with-problems").check();
  await page.getByTestId("pace").selectOption("quick");
}

for (const uc of useCases) {
  test(`Play the whole journey: ${uc.title}, every unhappy path first`, async ({ page }) => {
    const problems = uc.unhappyPaths.length;
    test.setTimeout(60_000 + (uc.steps.length + problems) * 6_000);
    await openPlayback(page, uc.id);
    const beats = page.getByTestId("beat");
    await expect(beats).toHaveCount(uc.steps.length + problems);
    await page.getByTestId("play").click();
    await expect(page.getByTestId("journey-done")).toBeVisible({ timeout: (uc.steps.length + problems) * 6_000 });
    // Every problem was handled as a problem, and every normal step still succeeded after it.
    await expect(page.locator('[data-testid="beat"][data-kind="problem"][data-status="unhappy"]')).toHaveCount(problems);
    await expect(page.locator('[data-testid="beat"][data-kind="normal"][data-status="ok"]')).toHaveCount(uc.steps.length);
    await expect(page.getByTestId("narration")).toContainText(uc.steps.at(-1)!.narration);
  });
}

test("playback: pause, step back, step forward and replay with the keyboard; narration is announced; axe clean", async ({ page }) => {
  test.setTimeout(150_000);
  const uc = useCases.find((u) => u.id === "remote-learning")!;
  await page.goto(`/use-cases/${uc.id}/play`);
  await expect(page.getByTestId("narration")).toHaveAttribute("aria-live", "polite");
  await expectAccessible(page);
  await page.getByTestId("pace").selectOption("manual");
  await page.getByTestId("play").focus();
  await page.keyboard.press("Enter");
  // "Until I press Step forward": the first step runs, then playback waits.
  await expect(page.getByTestId("beat-result")).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
  await expect(page.getByTestId("narration")).toContainText(uc.steps[0]!.narration);
  await expect(page.getByTestId("now")).toHaveAttribute("data-mode", "paused");
  await page.getByTestId("forward").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("now")).toHaveAttribute("data-beat", "1");
  await expect(page.getByTestId("beat-result")).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
  await expect(page.getByTestId("narration")).toContainText(uc.steps[1]!.narration);
  await page.getByTestId("back").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("now")).toHaveAttribute("data-beat", "0");
  await expect(page.getByTestId("narration")).toContainText(uc.steps[0]!.narration);
  await expect(page.getByTestId("beat-result")).toHaveAttribute("data-status", "ok");

  // Play on at a quick pace, pause in the middle, then replay from the start to the end.
  await page.getByTestId("pace").selectOption("quick");
  await page.getByTestId("play").click();
  await page.getByTestId("pause").click();
  const pausedAt = await page.getByTestId("now").getAttribute("data-beat");
  await page.waitForTimeout(2_500);
  await expect(page.getByTestId("now")).toHaveAttribute("data-beat", pausedAt!);
  await page.getByTestId("replay").click();
  await expect(page.getByTestId("journey-done")).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-testid="beat"][data-status="ok"]')).toHaveCount(uc.steps.length);
  await expectAccessible(page);
});

test("playback respects reduced motion", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/use-cases/remote-learning/play");
  const bar = page.locator('[aria-hidden="true"] > div').first();
  expect(await bar.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe("0s");
  await context.close();
});

test("the player names faults switched on in the sandbox, explains failures by them, and clears them", async ({ page }) => {
  test.setTimeout(150_000);
  // A first run gives this browser its private sandbox; then Payments is switched off there.
  await page.goto("/use-cases/cash-transfer/steps/5");
  await page.getByTestId("run-step").click();
  await expect(page.getByTestId("run-result")).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
  expect((await page.request.put("/api/sandbox/faults", { data: { down: ["payments"] } })).status()).toBe(200);

  await page.goto("/use-cases/cash-transfer/steps/6");
  const notice = page.getByTestId("fault-notice");
  await expect(notice).toContainText("Payments is down");
  await page.getByTestId("run-step").click();
  const result = page.getByTestId("run-result");
  await expect(result).toHaveAttribute("data-status", "error", { timeout: 20_000 });
  await expect(page.getByTestId("outcome-summary")).toContainText("Payments is down");
  await expect(page.getByTestId("outcome-summary")).not.toContainText("insufficient");
  await expectAccessible(page);

  await page.getByTestId("clear-faults").click();
  await expect(notice).toContainText("All problems are switched off");
  await expect(notice).not.toContainText("Payments is down");
  await page.getByTestId("run-step").click();
  await expect(result).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
});

test("Market Linkage step 8 works when opened directly on a fresh sandbox", async ({ page }) => {
  await page.goto("/use-cases/market-linkage/steps/8");
  await page.getByTestId("run-step").click();
  const result = page.getByTestId("run-result");
  await expect(result).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
  await expect(page.getByTestId("outcome-summary")).toContainText("released to Raghu");
  await expect(result).toContainText("First ran “Pay into escrow”");
});

test("an unhappy path does not poison later steps, and the later step says so", async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto("/use-cases/cash-transfer/steps/2");
  await page.getByTestId("unhappy-consent-refused").click();
  await expect(page.getByTestId("run-result")).toHaveAttribute("data-status", "unhappy", { timeout: 20_000 });
  await page.goto("/use-cases/cash-transfer/steps/3");
  await page.getByTestId("run-step").click();
  const result = page.getByTestId("run-result");
  await expect(result).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
  await expect(result).toContainText("That try was kept apart");
  await page.goto("/use-cases/cash-transfer/steps/9");
  await page.getByTestId("run-step").click();
  await expect(result).toHaveAttribute("data-status", "ok", { timeout: 20_000 });
});

test("Copy as curl uses the address the visitor used, never a forwarded header", async ({ request }) => {
  const res = await request.post("/api/use-cases/remote-learning/steps/2/run", {
    data: {},
    headers: { Host: "portal.example.test:8080", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.trace.length).toBeGreaterThan(0);
  for (const e of body.trace) expect(e.curl).toMatch(/^curl -X \w+ 'http:\/\/portal\.example\.test:8080\/mock\/ns\/v-/);
  expect(JSON.stringify(body.trace.map((e: { curl: string }) => e.curl))).not.toMatch(/evil|localhost|https:/);
});

test("small defects: no sideways scroll at 320 px, names keep their capitals, the age on screen is the age in the result", async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ["/use-cases/cash-transfer", "/use-cases/cash-transfer/play", "/use-cases/cash-transfer/steps/2"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/use-cases/postpartum-infant-care/steps/2");
  await page.getByRole("radio", { name: "Sowmya", exact: true }).check();
  await expect(page.locator("#live-step").getByText("Sowmya, expectant mother, later mother of baby Ravi")).toBeVisible();

  await page.goto("/use-cases/postpartum-infant-care/steps/3");
  const shown = String(useCases.find((u) => u.id === "postpartum-infant-care")!.steps[2]!.screen.fields.find((f) => f.name === "age")!.example);
  await expect(page.getByText("Age on registration", { exact: true }).locator("..")).toContainText(shown);
  await page.getByTestId("run-step").click();
  await expect(page.getByTestId("outcome-summary")).toContainText(`(age ${shown})`, { timeout: 20_000 });
});
