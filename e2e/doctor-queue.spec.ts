import { expect, type Page, test } from "@playwright/test";
import { seriousViolations, sidewaysOverflow } from "./support/accessibility";
import { seedVerifiedDoctor } from "./support/database";
import { header, signIn, signUpPatient, uniqueEmail } from "./support/pages";

const password = "a quiet morning walk";

/** Serious or critical axe findings, and whether the page scrolls sideways. */
async function accessibilityProblems(page: Page) {
  const overflow = await sidewaysOverflow(page);
  return [...(await seriousViolations(page)), ...(overflow > 0 ? [`scrolls sideways by ${overflow}px`] : [])];
}

test("a doctor's queue shows a question asked in their specialty without a reload; both see who is answering", async ({
  browser,
}) => {
  const doctor = await seedVerifiedDoctor("Anna Petrova", "neurologist");
  const title = `Numb between my legs since this morning ${Date.now()}`;

  // The doctor on a phone: the queue must work at 375 px.
  const doctorContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const doctorPage = await doctorContext.newPage();
  await signIn(doctorPage, doctor.email, doctor.password);
  await expect(doctorPage).toHaveURL("/");
  await doctorPage.goto("/doctor/queue");
  await expect(doctorPage.getByRole("heading", { level: 1, name: "Your queue" })).toBeVisible();
  await expect(doctorPage.getByRole("link", { name: title })).toHaveCount(0);
  // A flag on window survives live updates but not a reload.
  await doctorPage.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await signUpPatient(patient, "Lena Park", uniqueEmail("queue-asker"), password);
  await expect(header(patient)).toContainText("Lena Park");
  await patient.goto("/ask");
  await patient.getByLabel("Which doctor should answer?").selectOption({ label: "Neurologist (Neurology)" });
  await patient.getByLabel("Your question in one line").fill(title);
  await patient
    .getByLabel("Describe what worries you")
    .fill("My lower back hurts down the left leg, and since this morning the skin between my legs feels numb.");
  await patient.getByLabel(/Numbness in the saddle area/).check();
  await expect(patient.getByRole("alert").filter({ hasText: "Seek emergency care now" })).toBeVisible();
  await patient.getByRole("button", { name: "Post your question" }).click();
  await expect(patient).toHaveURL(/\/questions\/\d+\?asked=1$/);
  await expect(patient.getByText("Urgent: warning signs reported")).toBeVisible();

  // The doctor's open queue gets it at the top, marked urgent, without a reload.
  const queue = doctorPage.getByRole("list", { name: "Questions waiting for an answer" });
  const row = queue.getByRole("listitem").filter({ has: doctorPage.getByRole("link", { name: title }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Urgent");
  await expect(row).toContainText("Numbness in the saddle area");
  await expect(queue.getByRole("listitem").first()).toContainText(title);
  expect(await doctorPage.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  expect(await accessibilityProblems(doctorPage)).toEqual([]);

  // A colleague of the same specialty has the queue open too.
  const colleague = await seedVerifiedDoctor("Boris Lind", "neurologist");
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await signIn(colleaguePage, colleague.email, colleague.password);
  await expect(colleaguePage).toHaveURL("/");
  await colleaguePage.goto("/doctor/queue");
  const colleagueRow = colleaguePage
    .getByRole("list", { name: "Questions waiting for an answer" })
    .getByRole("listitem")
    .filter({ has: colleaguePage.getByRole("link", { name: title }) });
  await expect(colleagueRow).toContainText("No answers yet");

  // The doctor starts an answer: the patient and the colleague's queue see who is writing, live.
  await doctorPage.getByRole("link", { name: title }).click();
  await doctorPage.getByLabel("Answer", { exact: true }).fill("Please go to the emergency department now:");
  await expect(patient.getByText("Dr. Anna Petrova is answering…")).toBeVisible();
  await expect(colleagueRow).toContainText("Dr. Anna Petrova is answering");
  await doctorPage.getByRole("button", { name: "Post answer" }).click();
  await expect(patient.getByText("Dr. Anna Petrova is answering…")).toHaveCount(0);
  await expect(colleagueRow).toContainText("1 answer");
  await expect(colleagueRow).not.toContainText("is answering");
  await colleagueContext.close();

  await doctorContext.close();
  await patientContext.close();
});

test("ticking a warning sign on the ask page shows the emergency notice at once", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await signUpPatient(page, "Mark Tanner", uniqueEmail("red-flag"), password);
  await expect(header(page)).toContainText("Mark Tanner");
  await page.goto("/ask");
  await expect(page.getByText("Seek emergency care now")).toHaveCount(0);
  await page.getByLabel("Which doctor should answer?").selectOption({ label: "Neurologist (Neurology)" });
  await expect(page.getByRole("group", { name: "Do any of these apply?" })).toBeVisible();
  await page.getByLabel("Loss of bladder or bowel control").check();
  const notice = page.getByRole("alert").filter({ hasText: "Seek emergency care now" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("112");
  await expect(notice).toContainText("Do not wait for an online answer");
  await expect(notice).toContainText("cauda equina");
  expect(await accessibilityProblems(page)).toEqual([]);
  // Unticking takes it away; nothing was submitted.
  await page.getByLabel("Loss of bladder or bowel control").uncheck();
  await expect(page.getByText("Seek emergency care now")).toHaveCount(0);
  await expect(page).toHaveURL(/\/ask$/);
  await context.close();
});
