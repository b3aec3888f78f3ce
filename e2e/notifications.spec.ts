import { expect, type Page, test } from "@playwright/test";
import { loadActor } from "../lib/auth/load-actor";
import { postAnswer } from "../lib/messages/post-answer";
import { unsubscribePageUrl } from "../lib/notifications/unsubscribe-token";
import { askQuestion } from "../lib/questions/ask-question";
import { seriousViolations } from "./support/accessibility";
import { connect, seedVerifiedDoctor } from "./support/database";
import { header, signIn, signUpPatient, uniqueEmail } from "./support/pages";

async function expectReadableAtPhoneWidth(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** A flag on `window` survives live updates but not a reload. */
async function markNoReload(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
}

test.use({ viewport: { width: 375, height: 812 } });

test("a patient's badge counts a doctor's answer live; opening and marking read clear it; the digest setting is saved; an e-mail's unsubscribe link stops e-mail", async ({
  browser,
}) => {
  const doctor = await seedVerifiedDoctor("Aino Virtanen", "neurologist");
  const secondDoctor = await seedVerifiedDoctor("Mikael Lind", "neurologist");
  const email = uniqueEmail("notified");
  const title = `Tingling fingers at night ${Date.now()}`;

  const patientContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const patient = await patientContext.newPage();
  await signUpPatient(patient, "Nadia Berg", email, "a quiet morning walk");
  await expect(header(patient)).toContainText("Nadia Berg");

  // The question is asked through the same use-case as the ask form; asking follows it.
  const client = connect();
  const { id: patientId } = await client.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const specialty = await client.specialty.findUniqueOrThrow({ where: { slug: "neurologist" } });
  const { questionId } = await askQuestion({
    actor: await loadActor(patientId),
    input: {
      specialtyId: String(specialty.id),
      title,
      body: "For two weeks my fingers tingle at night and wake me up. It gets better when I shake my hands.",
      shownName: "Nadia",
    },
  });

  const badge = header(patient).getByTestId("unread-badge");
  await patient.goto("/");
  await expect(header(patient).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(badge).toHaveCount(0);
  await markNoReload(patient);

  // A doctor answers in another browser.
  const doctorContext = await browser.newContext();
  const doctorPage = await doctorContext.newPage();
  await signIn(doctorPage, doctor.email, doctor.password);
  await expect(doctorPage).toHaveURL("/");
  await doctorPage.goto(`/questions/${questionId}`);
  await doctorPage
    .getByLabel("Answer", { exact: true })
    .fill("This sounds like carpal tunnel: a wrist splint at night helps.");
  await doctorPage.getByRole("button", { name: "Post answer" }).click();
  await expect(doctorPage.getByText("a wrist splint at night helps")).toBeVisible();

  // The patient's badge goes from nothing to 1 without a reload.
  await expect(badge).toHaveText("1 unread");
  await expectNotReloaded(patient);

  // The notification centre lists it as unread (in words); opening it marks it read and leads to the answer.
  await patient.goto("/notifications");
  const item = patient.getByRole("listitem").filter({ hasText: "Dr. Aino Virtanen answered your question" });
  await expect(item.getByText("Unread", { exact: true })).toBeVisible();
  await expect(item.getByText("New answer")).toBeVisible();
  await expectReadableAtPhoneWidth(patient);
  await item.getByRole("link", { name: "Dr. Aino Virtanen answered your question" }).click();
  await expect(patient).toHaveURL(new RegExp(`/questions/${questionId}#m_`));
  await expect(badge).toHaveCount(0);

  // A second answer arrives while the centre is open: the badge and a "show" notice appear; mark all as read.
  await patient.goto("/notifications");
  await markNoReload(patient);
  const secondActor = await client.user.findUniqueOrThrow({
    where: { email: secondDoctor.email },
    select: { id: true },
  });
  await postAnswer({
    actor: await loadActor(secondActor.id),
    input: { questionId, body: "Also check your vitamin B12 level with your GP." },
  });
  await expect(badge).toHaveText("1 unread");
  await patient.getByRole("button", { name: "Show" }).click();
  await expect(patient.getByRole("link", { name: "Dr. Mikael Lind answered your question" })).toBeVisible();
  await expectNotReloaded(patient);
  await patient.getByRole("button", { name: "Mark all as read" }).click();
  await expect(patient.getByTestId("unread-summary")).toContainText("Nothing unread.");
  await expect(badge).toHaveCount(0);
  await expect(patient.getByText("Unread", { exact: true })).toHaveCount(0);

  // E-mail settings: a daily digest, saved with a confirmation, still chosen after a reload.
  await patient.getByRole("link", { name: "E-mail settings" }).click();
  await expect(patient.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(patient.getByRole("radio", { name: /Each event immediately/ })).toBeChecked();
  await expectReadableAtPhoneWidth(patient);
  await patient.getByRole("radio", { name: /A daily digest/ }).check();
  await patient.getByRole("button", { name: "Save" }).click();
  await expect(patient.getByText("Saved: you will get a daily digest instead of single e-mails.")).toBeVisible();
  await expect(patient.getByRole("radio", { name: /A daily digest/ })).toBeChecked();
  await patient.reload();
  await expect(patient.getByRole("radio", { name: /A daily digest/ })).toBeChecked();
  const saved = await client.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailFrequency: true } });
  expect(saved.emailFrequency).toBe("DAILY_DIGEST");

  // The unsubscribe link of an e-mail, opened signed out: nothing changes until the button is pressed.
  const mailbox = await (await browser.newContext()).newPage();
  const link = new URL(unsubscribePageUrl("http://localhost", saved.id));
  await mailbox.goto(`${link.pathname}${link.search}`);
  await expect(mailbox.getByRole("heading", { level: 1, name: "Stop e-mails from Consilium" })).toBeVisible();
  expect((await client.user.findUniqueOrThrow({ where: { email } })).emailFrequency).toBe("DAILY_DIGEST");
  await expectReadableAtPhoneWidth(mailbox);
  await mailbox.getByRole("button", { name: "Stop all e-mails" }).click();
  await expect(mailbox.getByText("You will get no more e-mails from us")).toBeVisible();
  expect((await client.user.findUniqueOrThrow({ where: { email } })).emailFrequency).toBe("NONE");
  await patient.reload();
  await expect(patient.getByRole("radio", { name: /No e-mail/ })).toBeChecked();
  // A changed link does nothing and says so.
  await mailbox.goto(`${link.pathname}${link.search.slice(0, -2)}xx`);
  await expect(mailbox.getByText("This link does not work")).toBeVisible();
  await mailbox.context().close();

  await doctorContext.close();
  await patientContext.close();
});
