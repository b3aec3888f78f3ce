import { expect, type Page, test } from "@playwright/test";
import { registerUser } from "../lib/accounts/register-user";
import { ARTICLE } from "../prisma/seed/article";
import { connect, seedVerifiedDoctor } from "./support/database";
import { signIn, uniqueEmail } from "./support/pages";

const password = "a quiet morning walk";

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const summaryText = (count: number, sum: number) =>
  `${count} ${count === 1 ? "rating" : "ratings"}, average ${(sum / count).toFixed(1)} out of 5`;

test("a visitor reads the seeded article, signs in from it, rates it and changes the rating", async ({ page }) => {
  const errors = watchErrors(page);
  const client = connect();
  const article = await client.article.findUniqueOrThrow({ where: { slug: ARTICLE.slug }, select: { id: true } });
  const before = await client.articleRating.aggregate({
    where: { articleId: article.id },
    _count: { _all: true },
    _sum: { stars: true },
  });
  const count = before._count._all;
  const sum = before._sum.stars ?? 0;

  // From the list of articles to the article, as a visitor.
  await page.goto("/articles");
  await page.getByRole("link", { name: ARTICLE.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: ARTICLE.title })).toBeVisible();
  await expect(page).toHaveTitle(`${ARTICLE.title} · Consilium`);
  const byline = page.locator("article header");
  await expect(byline.getByRole("link", { name: "Dr. Daniel Hartmann" })).toHaveAttribute("href", /^\/doctors\//);
  await expect(byline).toContainText("Medical University of Vienna");
  await expect(byline).toContainText("12 years of experience");
  await expect(byline).toContainText("Verified doctor");
  await expect(page.getByRole("heading", { level: 2, name: "Where the pain comes from" })).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toHaveText(summaryText(count, sum));
  await expect(page.getByRole("link", { name: "Telegram" })).toHaveAttribute("href", /t\.me\/share\/url\?url=http/);
  await expect(page.getByRole("heading", { name: "Questions on the topic" })).toBeVisible();

  // "Sign in to rate" brings the reader back to the article.
  const reader = { name: "Egor Lind", email: uniqueEmail("reader"), password };
  await registerUser({ accountType: "patient", ...reader });
  await page.getByRole("link", { name: "Sign in to rate" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles%2F/);
  await page.getByLabel("E-mail").fill(reader.email);
  await page.getByLabel("Password", { exact: true }).fill(reader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/articles/${ARTICLE.slug}`);

  // Two stars, chosen with the keyboard.
  await page.getByRole("radio", { name: "2 stars" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "2 stars" })).toBeChecked();
  await page.getByRole("button", { name: "Rate", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "your rating of 2 stars is saved" })).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toHaveText(summaryText(count + 1, sum + 2));

  // Changed to five stars: still one rating from this reader, and the average follows.
  await page.getByRole("radio", { name: "2 stars" }).focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "5 stars" })).toBeChecked();
  await page.getByRole("button", { name: "Change rating" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your rating of 5 stars is saved" })).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toHaveText(summaryText(count + 1, sum + 5));

  // After a reload the page agrees, and shows the reader's own rating.
  await page.reload();
  await expect(page.getByTestId("rating-summary")).toHaveText(summaryText(count + 1, sum + 5));
  await expect(page.getByRole("radio", { name: "5 stars" })).toBeChecked();
  await expect(page.getByText("Your rating: 5 stars. Change it?")).toBeVisible();

  const user = await client.user.findUniqueOrThrow({ where: { email: reader.email }, select: { id: true } });
  expect(
    await client.articleRating.findMany({ where: { articleId: article.id, userId: user.id }, select: { stars: true } }),
  ).toEqual([{ stars: 5 }]);
  expect(errors).toEqual([]);
});

test("a verified doctor writes an article with a heading and a list and sees it published", async ({ page }) => {
  const errors = watchErrors(page);
  const doctor = await seedVerifiedDoctor("Aino Kallio", "neurologist");
  await signIn(page, doctor.email, doctor.password);
  await expect(page).toHaveURL("/");
  await page.goto("/articles");
  await page.getByRole("link", { name: "Write an article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Write an article" })).toBeVisible();

  const title = `Tension headache at the desk ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Why desk work brings on headaches, and what helps.");
  await page.getByLabel("Article", { exact: true }).fill("Too short to publish.");
  await page.getByRole("button", { name: "Publish article" }).click();
  // Refused: the message sits next to the field and nothing typed is lost.
  await expect(page.getByText("Write at least 200 characters: a few paragraphs.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Article", { exact: true })).toHaveValue("Too short to publish.");

  const body = [
    "A tension headache feels like a tight band around the head. It is the most common headache of all, and long hours at a desk make it more likely.",
    "",
    "## What helps",
    "",
    "- a break from the screen every half hour;",
    "- a chair and screen set so the neck stays straight;",
    "- enough water and regular meals.",
    "",
    "### When to see a doctor",
    "",
    "1. The headache is new and you are over fifty.",
    "2. It comes with fever, a stiff neck or weakness.",
  ].join("\n");
  await page.getByLabel("Article", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Publish article" }).click();

  await expect(page).toHaveURL(/\/articles\/tension-headache-at-the-desk-\d+\?published=1$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your article is published" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "What helps" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "When to see a doctor" })).toBeVisible();
  const article = page.getByRole("article");
  await expect(article.getByRole("listitem")).toHaveText([
    "a break from the screen every half hour;",
    "a chair and screen set so the neck stays straight;",
    "enough water and regular meals.",
    "The headache is new and you are over fifty.",
    "It comes with fever, a stiff neck or weakness.",
  ]);
  await expect(article.getByRole("link", { name: "Dr. Aino Kallio" })).toBeVisible();
  await expect(page.getByText("You wrote this article: readers rate it.")).toBeVisible();
  await expect(page.getByTestId("rating-summary")).toHaveText("No ratings yet");

  await page.getByRole("link", { name: "All articles" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  expect(errors).toEqual([]);
});
