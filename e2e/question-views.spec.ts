import { expect, test } from "@playwright/test";
import { connect } from "./support/database";
import { openStoryQuestion } from "./support/pages";

// The count is read back from the database: the page a visitor gets may be a kept copy, which shows the count as it
// was when it was rendered (README, "Serving readers").
const viewsCounted = async (questionId: number) =>
  (await connect().question.findUniqueOrThrow({ where: { id: questionId }, select: { viewCount: true } })).viewCount;

test("a visitor's view is counted once, after the page loaded, however often they reload", async ({ browser }) => {
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  const beacon = page.waitForResponse((response) => /\/api\/questions\/\d+\/views$/.test(response.url()));
  await openStoryQuestion(page);
  const questionId = Number(new URL(page.url()).pathname.split("/").pop());
  const before = await viewsCounted(questionId);
  // The page set no cookie (its HTML may be shared); the beacon's answer gives the visitor an id.
  expect((await beacon).status()).toBe(204);
  expect((await visitor.cookies()).map((cookie) => cookie.name)).toContain("consilium_visitor");

  // Views are written in batches every ~2 s: the visitor is counted once.
  await expect.poll(() => viewsCounted(questionId), { timeout: 15_000 }).toBe(before + 1);
  // More reloads by the same visitor the same day change nothing, though each sends its beacon.
  for (let reload = 0; reload < 2; reload++) {
    const again = page.waitForResponse((response) => /\/api\/questions\/\d+\/views$/.test(response.url()));
    await page.reload();
    expect((await again).status()).toBe(204);
  }
  await page.waitForTimeout(3_000);
  expect(await viewsCounted(questionId)).toBe(before + 1);
  await visitor.close();
});
