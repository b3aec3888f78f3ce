import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { registerUser } from "../lib/accounts/register-user";
import { loadActor } from "../lib/auth/load-actor";
import { fileComplaint } from "../lib/complaints/file-complaint";
import { postConsultationMessage } from "../lib/consultations/post-consultation-message";
import { seriousViolations } from "./support/accessibility";
import { connect, seedModerator, seedVerifiedDoctor } from "./support/database";
import { signIn, uniqueEmail } from "./support/pages";

const password = "a quiet morning walk";

async function openAs(browserContext: BrowserContext, email: string, secret: string): Promise<Page> {
  const page = await browserContext.newPage();
  await signIn(page, email, secret);
  await expect(page).toHaveURL("/");
  return page;
}

/** A consultation (paid, as the payment webhook leaves it, unless another state is asked for) with the patient's opening message. */
async function seedPaidConsultation(doctorEmail: string, state: "ACTIVE" | "AWAITING_PAYMENT" | "REFUNDED" = "ACTIVE") {
  const client = connect();
  const patient = { email: uniqueEmail("consulting"), password, name: "Clara Jensen" };
  const created = await registerUser({ accountType: "patient", ...patient });
  const doctor = await client.user.findUniqueOrThrow({ where: { email: doctorEmail }, select: { id: true } });
  const specialty = await client.specialty.findUniqueOrThrow({ where: { slug: "neurologist" } });
  const now = new Date();
  const consultation = await client.consultation.create({
    data: {
      patientId: created.id,
      doctorId: doctor.id,
      specialtyId: specialty.id,
      subject: `Migraine with aura ${Date.now()}`,
      state: state === "REFUNDED" ? "ACTIVE" : state,
      priceMinor: 3500,
      currency: "EUR",
      ...(state !== "AWAITING_PAYMENT" && {
        paidAt: now,
        answerDeadline: new Date(now.getTime() + 24 * 60 * 60 * 1000),
        payments: {
          create: {
            provider: "sandbox",
            idempotencyKey: `e2e-${Date.now()}-${Math.random()}`,
            amountMinor: 3500,
            currency: "EUR",
            state: "SUCCEEDED",
          },
        },
      }),
    },
    select: { id: true, subject: true },
  });
  if (state !== "AWAITING_PAYMENT") {
    await postConsultationMessage({
      actor: await loadActor(created.id),
      input: {
        consultationId: consultation.id,
        body: "Twice a week I see flashing zigzags, then a headache for hours.",
      },
    });
  }
  if (state === "REFUNDED") {
    // As the deadline job leaves it.
    await client.consultation.update({
      where: { id: consultation.id },
      data: { state: "REFUNDED", refundedAt: new Date(), answerDeadline: new Date(now.getTime() - 1000) },
    });
  }
  return { patient, patientId: created.id, ...consultation };
}

test("a private consultation: the doctor answers live, read receipts, the patient rates; outsiders get 404; a moderator reads it through a report", async ({
  browser,
}) => {
  const doctor = await seedVerifiedDoctor("Henrik Sand", "neurologist");
  const consultation = await seedPaidConsultation(doctor.email);
  const path = `/consultations/${consultation.id}`;

  // The patient has the thread open; their message is delivered, not yet read.
  const patientContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const patient = await openAs(patientContext, consultation.patient.email, password);
  await patient.goto(path);
  await expect(patient.getByRole("heading", { level: 1, name: consultation.subject })).toBeVisible();
  await expect(patient.getByText("Waiting for the doctor's answer")).toBeVisible();
  await expect(patient.getByTestId("read-receipt")).toHaveText("Delivered");
  expect(await seriousViolations(patient)).toEqual([]);
  expect(await patient.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // The doctor opens it from their list: that reads the patient's message, and the patient's page says so live.
  const doctorContext = await browser.newContext();
  const doctorPage = await openAs(doctorContext, doctor.email, doctor.password);
  await doctorPage.goto("/consultations");
  await expect(doctorPage.getByText(/Answer by/)).toBeVisible();
  await doctorPage.getByRole("link", { name: consultation.subject }).click();
  await expect(doctorPage.getByText("Twice a week I see flashing zigzags")).toBeVisible();
  await expect(patient.getByTestId("read-receipt")).toContainText("Read");

  // The doctor answers; the patient sees it without reloading, and the state moves to answered.
  await patient.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });
  await doctorPage.getByLabel("Your message to Clara Jensen").fill("Keep a headache diary for two weeks, please.");
  await doctorPage.getByRole("button", { name: "Send message" }).click();
  await expect(doctorPage.getByLabel("Your message to Clara Jensen")).toHaveValue("");
  await expect(patient.getByText("Keep a headache diary for two weeks, please.")).toBeVisible();
  await expect(patient.getByText("Answered", { exact: true })).toBeVisible();
  expect(await patient.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  // The patient's page was open when the answer came: the doctor sees it read.
  await expect(doctorPage.getByTestId("read-receipt")).toContainText("Read");

  // Another patient, another doctor: 404 for the page and its messages.
  const strangerContext = await browser.newContext();
  const strangerEmail = uniqueEmail("stranger");
  await registerUser({ accountType: "patient", email: strangerEmail, password, name: "Tom Stranger" });
  const stranger = await openAs(strangerContext, strangerEmail, password);
  const response = await stranger.goto(path);
  expect(response?.status()).toBe(404);
  expect((await stranger.request.get(`/api/consultations/${consultation.id}/messages`)).status()).toBe(404);
  const otherDoctor = await seedVerifiedDoctor("Olav Berg", "neurologist");
  const otherDoctorPage = await openAs(await browser.newContext(), otherDoctor.email, otherDoctor.password);
  expect((await otherDoctorPage.goto(path))?.status()).toBe(404);

  // The patient rates: that closes the consultation and shows the rating.
  await patient.getByRole("radio", { name: /^5/ }).check();
  await patient.getByLabel("Comment (shown on the doctor's profile)").fill("Calm and precise.");
  await patient.getByRole("button", { name: "Rate and close" }).click();
  await expect(patient.getByText("You rated this consultation 5 of 5.")).toBeVisible();
  await expect(patient.getByText("Closed", { exact: true })).toBeVisible();
  await expect(patient.getByLabel("Your message to Henrik Sand")).toHaveCount(0);
  await patient.goto("/consultations");
  expect(await seriousViolations(patient)).toEqual([]);

  // A moderator: nothing without a report; with one, the thread read-only and the access recorded.
  const moderator = await seedModerator("Mona Reviewer");
  const moderatorPage = await openAs(await browser.newContext(), moderator.email, moderator.password);
  expect((await moderatorPage.goto(path))?.status()).toBe(404);
  expect((await moderatorPage.goto(`/staff/consultations/${consultation.id}`))?.status()).toBe(404);
  const client = connect();
  const answer = await client.consultationMessage.findFirstOrThrow({
    where: { consultationId: consultation.id, body: { startsWith: "Keep a headache diary" } },
    select: { id: true },
  });
  const { complaintId } = await fileComplaint({
    actor: await loadActor(consultation.patientId),
    input: { targetType: "CONSULTATION_MESSAGE", targetId: answer.id, reason: "OTHER", note: "Not helpful" },
  });
  await moderatorPage.goto(`/staff/consultations/${consultation.id}?complaint=${complaintId}`);
  await expect(
    moderatorPage.getByText("You are reading a private consultation because of a report; this access is recorded"),
  ).toBeVisible();
  await expect(moderatorPage.getByText("Keep a headache diary for two weeks, please.")).toBeVisible();
  expect(await seriousViolations(moderatorPage)).toEqual([]);
  expect(
    await client.auditLog.count({ where: { action: "consultation.reviewed", targetId: consultation.id } }),
  ).toBeGreaterThanOrEqual(1);
});

test("a consultation not paid yet offers Pay now; a refunded one says so and offers other doctors of the specialty", async ({
  browser,
}) => {
  const doctor = await seedVerifiedDoctor("Sven Late", "neurologist");
  // A name of this run's own: earlier runs left their "Maja Ready" in the list of other doctors.
  const otherName = `Maja Ready ${Date.now()}`;
  const other = await seedVerifiedDoctor(otherName, "neurologist");
  const client = connect();
  await client.doctorProfile.updateMany({
    where: { user: { email: other.email } },
    data: { offersConsultations: true, consultationPriceMinor: 4000, consultationCurrency: "EUR" },
  });
  const otherId = (await client.user.findUniqueOrThrow({ where: { email: other.email }, select: { id: true } })).id;

  const unpaid = await seedPaidConsultation(doctor.email, "AWAITING_PAYMENT");
  const page = await openAs(
    await browser.newContext({ viewport: { width: 375, height: 812 } }),
    unpaid.patient.email,
    password,
  );
  await page.goto(`/consultations/${unpaid.id}`);
  await expect(page.getByText("Payment not completed")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The doctor does not see it at all.
  const doctorPage = await openAs(await browser.newContext(), doctor.email, doctor.password);
  expect((await doctorPage.goto(`/consultations/${unpaid.id}`))?.status()).toBe(404);
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page).toHaveURL(/\/consultations\/checkout\/sandbox\//);

  const refunded = await seedPaidConsultation(doctor.email, "REFUNDED");
  const patient = await openAs(
    await browser.newContext({ viewport: { width: 375, height: 812 } }),
    refunded.patient.email,
    password,
  );
  await patient.goto(`/consultations/${refunded.id}`);
  await expect(patient.getByText("Dr. Sven Late did not answer in time — you were refunded 35.00 EUR.")).toBeVisible();
  await expect(patient.getByRole("heading", { name: "Other neurology doctors who can help" })).toBeVisible();
  await expect(patient.getByRole("link", { name: `Consult Dr. ${otherName} privately` })).toHaveAttribute(
    "href",
    `/consultations/new?doctor=${otherId}`,
  );
  await expect(patient.getByRole("link", { name: "Consult Dr. Sven Late privately" })).toHaveCount(0);
  await expect(patient.getByLabel(/Your message to/)).toHaveCount(0);
  expect(await seriousViolations(patient)).toEqual([]);
  expect(await patient.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
