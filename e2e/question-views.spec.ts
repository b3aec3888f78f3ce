import { expect, type Page, test } from "@playwright/test";
import { openStoryQuestion } from "./support/pages";

const viewsShown = async (page: Page) => {
  const text = await page
    .getByText(/^[\d,]+ views?$/)
    .first()
    .textContent();
  return Number(text?.replace(/\D/g, ""));
};

test("a visitor's view is counted once, after the page loaded, however often they reload", async ({ browser }) => {
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  const beacon = page.waitForResponse((response) => /\/api\/questions\/\d+\/views$/.test(response.url()));
  await openStoryQuestion(page);
  // The page set no cookie (its HTML may be shared); the beacon's answer gives the visitor an id.
  expect((await beacon).status()).toBe(204);
  expect((await visitor.cookies()).map((cookie) => cookie.name)).toContain("consilium_visitor");
  const before = await viewsShown(page);

  // Views are written in batches every ~2 s: after a wait the count shows this visitor once.
  await expect(async () => {
    await page.reload();
    expect(await viewsShown(page)).toBe(before + 1);
  }).toPass({ timeout: 15_000 });
  // More reloads by the same visitor the same day change nothing.
  for (let reload = 0; reload < 2; reload++) await page.reload();
  await page.waitForTimeout(3_000);
  await page.reload();
  expect(await viewsShown(page)).toBe(before + 1);
  await visitor.close();
});
