// Issue 7's journey, as a new patient takes it: from the seeded back-pain thread to the demo neurologist's profile,
// "Consult privately", a declined sandbox payment (nothing opens), paying, writing, the doctor's live answer, a rating,
// and the rating on the doctor's public profile.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/seed/accounts";
import { connect } from "./support/database";
import { openStoryQuestion, signIn, signUpPatient, uniqueEmail } from "./support/pages";

const DEMO_DOCTOR = "doctor@demo.consilium.test";

test("a patient picks the demo neurologist, pays in the sandbox, is answered live, rates, and the rating shows on the profile", async ({
  browser,
}) => {
  const client = connect();
  const patientEmail = uniqueEmail("private");
  const subject = `Sciatica that wakes me at night ${Date.now()}`;
  const comment = `Clear plan, and he explained the warning signs ${Date.now()}`;

  const patientContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const patient = await patientContext.newPage();
  await signUpPatient(patient, "Marta Lindqvist", patientEmail, "a long walk by the river");
  await expect(patient).toHaveURL("/?welcome=patient");

  // Picks the neurologist from the answer under the seeded consultation, then on his profile "Consult privately".
  await openStoryQuestion(patient);
  await patient
    .getByRole("link", { name: /Daniel Hartmann/ })
    .first()
    .click();
  await expect(patient.getByRole("heading", { level: 1, name: /Daniel Hartmann/ })).toBeVisible();
  await patient.getByRole("link", { name: /Consult privately/ }).click();

  await patient.getByLabel("Subject").fill(subject);
  await patient
    .getByLabel("Describe what worries you")
    .fill("For three weeks the pain runs from my lower back down the left leg and wakes me at 3 a.m.");
  await patient.getByRole("button", { name: "Continue to payment" }).click();
  await expect(patient.getByRole("heading", { level: 1, name: "Pay for your consultation" })).toBeVisible();
  await expect(patient.getByText("35.00 EUR", { exact: true })).toBeVisible();

  // A declined payment opens nothing: the doctor has nothing to see, the patient's text is kept.
  await patient.getByRole("button", { name: "Decline" }).click();
  await expect(patient.getByText("Payment not completed")).toBeVisible();
  const declined = await client.consultation.findFirstOrThrow({
    where: { subject },
    select: { id: true, state: true, paidAt: true, payments: { select: { state: true } } },
  });
  expect(declined).toMatchObject({ state: "AWAITING_PAYMENT", paidAt: null, payments: [{ state: "FAILED" }] });

  const doctorContext = await browser.newContext();
  const doctor = await doctorContext.newPage();
  await signIn(doctor, DEMO_DOCTOR, DEMO_PASSWORD);
  await expect(doctor).toHaveURL("/");
  expect((await doctor.goto(`/consultations/${declined.id}`))?.status()).toBe(404);

  // Pays this time: the sandbox posts a signed event to the webhook, and the consultation opens.
  await patient.getByRole("button", { name: "Pay now" }).click();
  await patient.getByRole("button", { name: "Pay 35.00 EUR" }).click();
  await expect(patient).toHaveURL(`/consultations/${declined.id}`);
  await expect(patient.getByText("Waiting for the doctor's answer")).toBeVisible();
  await patient.getByLabel(/Your message to/).fill("I forgot to say: coughing makes it shoot down to the heel.");
  await patient.getByRole("button", { name: "Send message" }).click();
  await expect(patient.getByLabel(/Your message to/)).toHaveValue("");
  await expect(patient.getByText("coughing makes it shoot down to the heel")).toBeVisible();

  // The doctor answers; the patient sees it without reloading.
  await patient.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });
  await doctor.goto(`/consultations/${declined.id}`);
  await expect(doctor.getByText("coughing makes it shoot down to the heel")).toBeVisible();
  await doctor.getByLabel("Your message to Marta Lindqvist").fill("This sounds like sciatica; here is what to do.");
  await doctor.getByRole("button", { name: "Send message" }).click();
  await expect(patient.getByText("This sounds like sciatica; here is what to do.")).toBeVisible();
  expect(await patient.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);

  // The patient rates the doctor; the rating and comment show on his public profile.
  await patient.reload();
  await patient.getByRole("radio", { name: /^5/ }).check();
  await patient.getByLabel("Comment (shown on the doctor's profile)").fill(comment);
  await patient.getByRole("button", { name: "Rate and close" }).click();
  await expect(patient.getByText("Closed", { exact: true })).toBeVisible();
  const rated = await client.consultation.findUniqueOrThrow({
    where: { id: declined.id },
    select: { state: true, rating: true, ratingComment: true, doctorId: true },
  });
  expect(rated).toMatchObject({ state: "CLOSED", rating: 5, ratingComment: comment });

  await patient.goto(`/doctors/${rated.doctorId}`);
  await expect(patient.getByText(comment)).toBeVisible();
  await expect(patient.getByText(/out of 5 from \d+ consultations?/)).toBeVisible();
});
