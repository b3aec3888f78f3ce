import { expect, test } from "@playwright/test";
import { header, openStoryQuestion, signUpPatient, uniqueEmail } from "./support/pages";

const SPINE = /back|sciatica|leg|spine|neck|L5|herniation|buttock|thigh|toes/i;

test("the seeded back-pain consultation lists similar back-pain questions, never itself", async ({ page }) => {
  await openStoryQuestion(page);
  const similar = page.getByRole("region", { name: "Similar questions on the topic" });
  await expect(similar).toBeVisible();
  const titles = await similar.getByRole("link").allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(3);
  expect(titles.length).toBeLessThanOrEqual(6);
  // Most of them are about the spine; none is the question itself.
  expect(titles.filter((title) => SPINE.test(title)).length).toBeGreaterThanOrEqual(3);
  expect(titles).not.toContain("Lower back pain going down my right leg, and now my knee hurts too");
  await expect(similar.getByText(/\d+ answers?/).first()).toBeVisible();
});

test("typing a title about sciatica on the ask page shows similar questions before submitting", async ({ page }) => {
  await signUpPatient(page, "Petra Novak", uniqueEmail("typist"), "a long and careful walk");
  await expect(header(page)).toContainText("Petra Novak");
  await page.goto("/ask");
  await page.getByLabel("Your question in one line").pressSequentially("Sciatica pain down my leg when sitting", {
    delay: 20,
  });
  const suggestions = page.getByRole("region", { name: "Already asked: perhaps a doctor has answered" });
  await expect(suggestions).toBeVisible();
  const titles = await suggestions.getByRole("link").allTextContents();
  expect(titles.some((title) => SPINE.test(title))).toBe(true);
  // Nothing was posted: the page is still the ask form, with what was typed.
  await expect(page).toHaveURL("/ask");
  await expect(page.getByLabel("Your question in one line")).toHaveValue("Sciatica pain down my leg when sitting");
});

test("search finds questions by their doctors' words, filters them, and explains an empty result", async ({ page }) => {
  await page.goto("/search?q=sciatica");
  await expect(page.getByText(/\d+ questions? found/)).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();

  // Words only a doctor wrote, in an answer to the seeded consultation, find that question.
  await page.goto(`/search?q=${encodeURIComponent('"reactive arthritis"')}`);
  const hit = page.getByRole("article").filter({ hasText: "Lower back pain going down my right leg" });
  await expect(hit).toBeVisible();
  await expect(hit.getByText("From a doctor's answer:")).toBeVisible();
  await expect(hit.locator("mark").first()).toBeVisible();

  await page.getByLabel("Specialty").selectOption({ label: "Cardiologist" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/specialty=cardiologist/);
  await expect(page.getByRole("heading", { name: "Nothing found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "search without filters" })).toBeVisible();

  await page.goto("/search?q=sciatca");
  await expect(page.getByRole("heading", { name: "Nothing found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "ask a doctor", exact: true })).toBeVisible();
});
