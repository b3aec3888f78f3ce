// The sandbox checkout: only its patient sees it; "Decline" opens nothing, and paying a new checkout sends a signed
// event over HTTP to the webhook route (the path Stripe's events take), which opens the consultation.
import { expect, test } from "@playwright/test";
import { registerUser } from "../lib/accounts/register-user";
import { loadActor } from "../lib/auth/load-actor";
import { payForConsultation } from "../lib/consultations/pay-for-consultation";
import { startConsultation } from "../lib/consultations/start-consultation";
import { seriousViolations } from "./support/accessibility";
import { connect, seedVerifiedDoctor } from "./support/database";
import { signIn, uniqueEmail } from "./support/pages";

const password = "a quiet morning walk";

async function seedPatient(name: string) {
  const email = uniqueEmail("paying");
  const created = await registerUser({ accountType: "patient", email, password, name });
  return { id: created.id, email };
}

test("a declined sandbox payment opens nothing; paying a new checkout opens the consultation through the webhook", async ({
  browser,
}) => {
  const client = connect();
  const doctor = await seedVerifiedDoctor("Lena Vogel", "neurologist");
  const doctorRow = await client.user.findUniqueOrThrow({ where: { email: doctor.email }, select: { id: true } });
  await client.doctorProfile.update({
    where: { userId: doctorRow.id },
    data: { offersConsultations: true, consultationPriceMinor: 3500, consultationCurrency: "EUR" },
  });
  const patient = await seedPatient("Clara Jensen");
  const subject = `Numb fingers at night ${Date.now()}`;
  const { consultationId, checkoutUrl } = await startConsultation({
    actor: await loadActor(patient.id),
    input: {
      doctorId: doctorRow.id,
      subject,
      body: "For two weeks my fingers go numb at night and tingle in the morning.",
      attachmentIds: [],
    },
  });
  expect(checkoutUrl).toMatch(/^\/consultations\/checkout\/sandbox\//);

  // Someone else gets a 404 for the checkout.
  const strangerEmail = uniqueEmail("stranger");
  await registerUser({ accountType: "patient", email: strangerEmail, password, name: "Tom Stranger" });
  const stranger = await (await browser.newContext()).newPage();
  await signIn(stranger, strangerEmail, password);
  await expect(stranger).toHaveURL("/");
  expect((await stranger.goto(checkoutUrl))?.status()).toBe(404);

  // The patient, on a phone: the doctor, the amount, and the two choices.
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await signIn(page, patient.email, password);
  await expect(page).toHaveURL("/");
  await page.goto(checkoutUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Pay for your consultation" })).toBeVisible();
  await expect(page.getByText("Dr. Lena Vogel")).toBeVisible();
  await expect(page.getByText("35.00 EUR", { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page).toHaveURL(`/consultations/${consultationId}`);
  const afterDecline = await client.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { state: true, payments: { select: { state: true } } },
  });
  expect(afterDecline).toEqual({ state: "AWAITING_PAYMENT", payments: [{ state: "FAILED" }] });

  // Paying again: a new checkout, paid this time.
  const retry = await payForConsultation({ actor: await loadActor(patient.id), consultationId });
  expect(retry.checkoutUrl).not.toBe(checkoutUrl);
  await page.goto(retry.checkoutUrl);
  await page.getByRole("button", { name: "Pay 35.00 EUR" }).click();
  await expect(page).toHaveURL(`/consultations/${consultationId}`);
  const paid = await client.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { state: true, paidAt: true, payments: { select: { state: true }, orderBy: { createdAt: "asc" } } },
  });
  expect(paid.state).toBe("ACTIVE");
  expect(paid.paidAt).not.toBeNull();
  expect(paid.payments).toEqual([{ state: "FAILED" }, { state: "SUCCEEDED" }]);
  expect(
    await client.notification.count({ where: { type: "CONSULTATION_PAID", url: `/consultations/${consultationId}` } }),
  ).toBe(2);

  // The old, declined checkout cannot be paid any more.
  await page.goto(checkoutUrl);
  await expect(page.getByText("This payment attempt is over")).toBeVisible();
});
