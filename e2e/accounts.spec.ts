import { expect, test } from "@playwright/test";
import { STORY_QUESTION } from "../prisma/seed/consultation";
import { DOCTORS } from "../prisma/seed/doctors";
import { header, openStoryQuestion, signIn, signUpPatient, uniqueEmail } from "./support/pages";

const password = "a calm walk by the river";

test("a new patient signs up, signs out, signs in again and reads the seeded consultation", async ({ page }) => {
  const email = uniqueEmail("patient");
  await signUpPatient(page, "Rosa Lindqvist", email, password);
  await expect(page).toHaveURL(/\/\?welcome=patient$/);
  await expect(header(page)).toContainText("Rosa Lindqvist");

  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header(page)).not.toContainText("Rosa Lindqvist");

  await signIn(page, email.toUpperCase(), password);
  await expect(page).toHaveURL("/");
  await expect(header(page)).toContainText("Rosa Lindqvist");

  await openStoryQuestion(page);
  await expect(page.getByRole("heading", { name: "Answers from doctors (6)" })).toBeVisible();
  const answerers = STORY_QUESTION.answers.map((answer) => {
    const doctor = DOCTORS.find((d) => d.key === answer.doctor);
    if (!doctor) throw new Error(`no seeded doctor ${answer.doctor}`);
    return doctor.name;
  });
  expect(new Set(answerers).size).toBe(6);
  for (const name of answerers) {
    // Each doctor's answer, with the asker's reply addressed to that doctor underneath it.
    const answerWithReplies = page
      .getByRole("listitem")
      .filter({ has: page.locator("article[id^='m_']").filter({ hasText: `Dr. ${name}` }) });
    await expect(answerWithReplies).toHaveCount(1);
    await expect(
      answerWithReplies
        .locator("li[id^='m_'] > p")
        .filter({ hasText: new RegExp(`^${STORY_QUESTION.shownName}\\s*→\\s*to Dr\\. ${name}$`) }),
    ).not.toHaveCount(0);
  }
  // The seed gave it 1,481 views; this visit and earlier journeys' visits may have added some.
  const views =
    (await page
      .getByText(/^[\d,]+ views$/)
      .first()
      .textContent()) ?? "";
  expect(Number(views.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1481);
});

test("the demo doctor signs in and is shown as a doctor", async ({ page }) => {
  await signIn(page, "doctor@demo.consilium.test", "consilium-demo");
  await expect(page).toHaveURL("/");
  await expect(header(page)).toContainText("Daniel Hartmann");
  await expect(header(page)).toContainText("Doctor");
});

test("a doctor who signs up is told they wait for verification", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("I am a doctor").check();
  await page.getByLabel("Your name").fill("Dr. Tomas Berg");
  await page.getByLabel("E-mail").fill(uniqueEmail("doctor"));
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Neurologist", { exact: true }).check();
  await page.getByLabel("University").fill("Karolinska Institutet");
  await page.getByLabel("Years of experience").fill("9");
  await page.getByLabel("Licence or registration number").fill("SE-55102");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Your account awaits verification.")).toBeVisible();
  await expect(header(page)).toContainText("Dr. Tomas Berg");
});

test("bad input on sign-up and sign-in gets a clear message next to the field, keeps what was typed, never a 500", async ({
  page,
}) => {
  const serverErrors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });

  // A taken e-mail, in another case.
  await signUpPatient(page, "Someone Else", "PATIENT@demo.consilium.test", password);
  await expect(page.getByText("An account with this e-mail already exists", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Someone Else");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  // A weak password.
  await signUpPatient(page, "Weak Password", uniqueEmail("weak"), "short");
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Weak Password");

  // Empty sign-in fields, then a wrong password and an unknown e-mail: the same words for both.
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your password.")).toBeVisible();

  await signIn(page, "patient@demo.consilium.test", "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is incorrect." })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("patient@demo.consilium.test");

  await signIn(page, uniqueEmail("nobody"), "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is incorrect." })).toBeVisible();

  expect(serverErrors).toEqual([]);
});
