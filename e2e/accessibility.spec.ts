import { expect, test } from "@playwright/test";
import { ARTICLE } from "../prisma/seed/article";
import { seriousViolations } from "./support/accessibility";
import { seedReportedThread } from "./support/database";
import { openStoryQuestion, signIn } from "./support/pages";
import { DEMO_ADMIN, DEMO_MODERATOR, seedRejectedDoctor } from "./support/staff";

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
]) {
  test.describe(`axe-core at ${viewport.name} width`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("home has no serious or critical violations and no sideways scrolling", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Latest questions" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test("the question page has no serious or critical violations and no sideways scrolling", async ({ page }) => {
      await openStoryQuestion(page);
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test("search results and the empty result have no serious or critical violations and no sideways scrolling", async ({
      page,
    }) => {
      await page.goto("/search?q=sciatica");
      await expect(page.locator("mark").first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.goto("/search?q=sciatca&specialty=cardiologist");
      await expect(page.getByRole("heading", { name: "Nothing found" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the articles list and an article (signed out, and with the rating control) have no serious or critical violations and no sideways scrolling", async ({
      page,
    }) => {
      for (const signedIn of [false, true]) {
        if (signedIn) {
          await signIn(page, "patient@demo.consilium.test", "consilium-demo");
          await expect(page).toHaveURL("/");
        }
        for (const path of ["/articles", `/articles/${ARTICLE.slug}`]) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          expect(await seriousViolations(page)).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        }
      }
      await expect(page.getByRole("radio", { name: "4 stars" })).toBeAttached();
    });

    test("sign-in and sign-up have no serious or critical violations", async ({ page }) => {
      await page.goto("/sign-in");
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto("/sign-up");
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the notification centre and the settings page (as the demo patient) have no serious or critical violations and no sideways scrolling", async ({
      page,
    }) => {
      await signIn(page, "patient@demo.consilium.test", "consilium-demo");
      await expect(page).toHaveURL("/");
      for (const path of ["/notifications", "/settings"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
    });

    test("doctor verification and the audit log (as admin) have no serious or critical violations and no sideways scrolling", async ({
      page,
    }) => {
      // Something in each list: a rejected doctor, and the audit entry the rejection wrote.
      await seedRejectedDoctor(`Dr. Axe Scan ${viewport.name}`);
      await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await expect(page).toHaveURL("/");
      for (const path of ["/staff/doctors", "/staff/doctors?state=REJECTED", "/staff/audit"]) {
        await page.goto(path);
        await expect(page.getByRole("article").first()).toBeVisible();
        for (const summary of await page.locator("details > summary").all()) await summary.click();
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      // A refused decision: the error next to the reason field.
      await page.goto("/staff/doctors");
      await page
        .getByRole("button", { name: /^Reject / })
        .first()
        .click();
      await expect(page.getByText("Tell the doctor why: they will read it.")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the moderation queue (as the moderator) and the Complain dialog have no serious or critical violations", async ({
      page,
    }) => {
      await seedReportedThread(viewport.name);
      await signIn(page, DEMO_MODERATOR.email, DEMO_MODERATOR.password);
      await expect(page).toHaveURL("/");
      await page.goto("/staff/moderation");
      await expect(page.getByRole("article").first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      let overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // A refused decision: the errors next to the decision and the reason.
      const card = page.getByRole("article").first();
      await card.getByRole("button", { name: "Apply decision" }).click();
      await expect(card.getByText("Choose what to do.")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      // The dialog, open, with a refused report (no note for “Other”).
      await page
        .getByRole("link", { name: /^See it in the thread/ })
        .first()
        .click();
      await page.getByRole("button", { name: /^Complain about the answer/ }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("radio", { name: "Other (please explain)" }).check();
      await dialog.getByRole("button", { name: "Send report" }).click();
      await expect(dialog.getByText("a note is needed")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
