import { expect, type Page } from "@playwright/test";
import { STORY_QUESTION } from "../../prisma/seed/consultation";

/** An e-mail no earlier run used: each journey seeds its own users. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@e2e.consilium.test`;
}

export async function signUpPatient(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("I am a patient").check();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export function header(page: Page) {
  return page.getByRole("banner");
}

/** Finds the seeded back-pain consultation the way a visitor would: through the question list. */
export async function openStoryQuestion(page: Page) {
  for (let pageNumber = 1; pageNumber <= 5; pageNumber++) {
    await page.goto(pageNumber === 1 ? "/" : `/?page=${pageNumber}`);
    const link = page.getByRole("link", { name: STORY_QUESTION.title });
    if ((await link.count()) > 0) {
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: STORY_QUESTION.title })).toBeVisible();
      // Next streams metadata after a client-side navigation; the page is complete once its title arrives.
      await expect(page).toHaveTitle(`${STORY_QUESTION.title} · Consilium`);
      return;
    }
  }
  throw new Error("the seeded consultation is not in the first five pages of the question list");
}
