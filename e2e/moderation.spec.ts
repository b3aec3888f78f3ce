import { type Browser, expect, type Page, test } from "@playwright/test";
import { seedAnsweredQuestion, seedModerator, seedVerifiedDoctor } from "./support/database";
import { header, signIn, signUpPatient, uniqueEmail } from "./support/pages";
import { DEMO_ADMIN } from "./support/staff";

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL("/");
  return page;
}

test("a patient reports dangerous advice; a medical reviewer hides it; visitors see why; the reporter and the audit log know", async ({
  browser,
}) => {
  const doctor = await seedVerifiedDoctor("Viktor Brandt", "neurologist");
  // A name of this run's own: the audit log keeps earlier runs' decisions.
  const moderatorName = `Sofia Lindqvist ${Date.now()}`;
  const moderator = await seedModerator(moderatorName, { medicalReviewer: true });
  const answer = "Stop your insulin for three days and the morning highs will settle by themselves.";
  const thread = await seedAnsweredQuestion({
    doctor,
    specialtySlug: "neurologist",
    title: `High sugar every morning ${Date.now()}`,
    answer,
  });
  const questionPath = `/questions/${thread.questionId}`;
  const reason = "Stopping insulin is dangerous for people with type 1 diabetes";

  // A patient reads the answer and reports it.
  const reporter = await (await browser.newContext()).newPage();
  await signUpPatient(reporter, "Hanna Olsen", uniqueEmail("reporter"), "a quiet morning walk");
  await expect(header(reporter)).toContainText("Hanna Olsen");
  await reporter.goto(questionPath);
  await expect(reporter.getByText(answer)).toBeVisible();
  const complain = reporter.getByRole("button", { name: "Complain about the answer by Dr. Viktor Brandt" });
  const dialog = reporter.getByRole("dialog", { name: "Report the answer by Dr. Viktor Brandt" });

  // Escape closes the dialog and gives focus back to the button that opened it.
  await complain.click();
  await expect(dialog).toBeVisible();
  await reporter.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(complain).toBeFocused();

  await complain.click();
  await dialog.getByRole("radio", { name: "Dangerous medical advice" }).check();
  await dialog.getByLabel("Anything the moderators should know?").fill("A type 1 diabetic could die from this.");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog).toBeHidden();
  await expect(reporter.getByText("Thank you — a moderator will review it.")).toBeVisible();
  await expect(complain).toBeFocused();

  // The medical reviewer finds it at the top of the queue, in context, and hides it with a reason.
  const staff = await signedIn(browser, moderator.email, moderator.password);
  await header(staff)
    .getByRole("link", { name: /^Moderation/ })
    .click();
  await expect(staff.getByRole("heading", { level: 1, name: "Reports to review" })).toBeVisible();
  const card = staff.getByRole("article").first();
  await expect(card.getByRole("heading", { name: "Answer by Dr. Viktor Brandt" })).toBeVisible();
  await expect(card.getByText("Medical review", { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: thread.title })).toBeVisible();
  await expect(card.getByText(answer)).toBeVisible();
  await expect(card.getByText("Hanna Olsen")).toBeVisible();
  await expect(card.getByText("“A type 1 diabetic could die from this.”")).toBeVisible();
  await card.getByRole("radio", { name: "Hide it" }).check();
  await card.getByLabel("Reason").fill(reason);
  await card.getByRole("button", { name: "Apply decision" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Decision applied" })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Answer by Dr. Viktor Brandt" })).toHaveCount(0);

  // A visitor sees the moderator's reason where the answer was.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(questionPath);
  await expect(visitor.getByRole("heading", { level: 1, name: thread.title })).toBeVisible();
  await expect(visitor.getByText(`Hidden by a moderator: ${reason}.`)).toBeVisible();
  await expect(visitor.getByText(answer)).toHaveCount(0);

  // The page is kept for everyone now, with the note only; the moderator and the answer's author may still read the
  // hidden text, so their view is rendered for them.
  for (const reader of [staff, await signedIn(browser, doctor.email, doctor.password)]) {
    await reader.goto(questionPath);
    await expect(reader.getByText(answer)).toBeVisible();
    await expect(reader.getByText("Only its author and moderators can read it.")).toBeVisible();
  }

  // The reporter is told how the report ended.
  await reporter.goto("/notifications");
  await expect(reporter.getByRole("link", { name: "Your report was reviewed: the answer was hidden" })).toBeVisible();

  // The admin finds the decision in the audit log, with who took it.
  const admin = await signedIn(browser, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await admin.goto("/staff/audit");
  await expect(
    admin.getByRole("article").filter({ hasText: "content.hide" }).filter({ hasText: moderatorName }),
  ).toBeVisible();
});
