import { expect, type Page, test } from "@playwright/test";
import { header, signIn, uniqueEmail } from "./support/pages";
import { DEMO_ADMIN, DEMO_MODERATOR } from "./support/staff";

const password = "a long night shift ends";

async function signUpDoctor(page: Page, name: string, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("I am a doctor").check();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Neurologist", { exact: true }).check();
  await page.getByLabel("University").fill("Karolinska Institutet");
  await page.getByLabel("Degree").fill("neurology");
  await page.getByLabel("Years of experience").fill("8");
  await page.getByLabel("Licence or registration number").fill("SE-48213");
  await page.getByRole("button", { name: "Create account" }).click();
}

/** An open question nobody has answered yet, found the way a doctor would: the "unanswered" list. */
async function openUnansweredQuestion(page: Page): Promise<string> {
  await page.goto("/?show=unanswered");
  await page.locator("article h3 a").first().click();
  await expect(page).toHaveURL(/\/questions\/\d+$/);
  return new URL(page.url()).pathname;
}

test("an admin verifies a doctor who signed up: a rejection needs a reason, approval lets them answer, the audit log shows it", async ({
  browser,
}) => {
  const name = `Dr. Freja Lund ${Date.now().toString(36)}`;
  const email = uniqueEmail("applicant");

  // The doctor signs up, is told they wait, and cannot answer yet.
  const doctor = await (await browser.newContext()).newPage();
  await signUpDoctor(doctor, name, email);
  await expect(doctor.getByText("Your account awaits verification.")).toBeVisible();
  await expect(header(doctor)).toContainText(name);
  const questionPath = await openUnansweredQuestion(doctor);
  await expect(
    doctor.getByText("You can answer questions once an administrator has verified your credentials."),
  ).toBeVisible();
  await expect(doctor.getByRole("button", { name: "Post answer" })).toHaveCount(0);

  // The admin finds them in the queue with what they stated.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO_ADMIN.email, DEMO_ADMIN.password);
  await expect(admin).toHaveURL("/");
  await admin.goto("/staff/doctors");
  await expect(admin.getByRole("heading", { level: 1, name: "Doctor verification" })).toBeVisible();
  const application = admin.getByRole("article", { name });
  await expect(application).toContainText(email);
  await expect(application).toContainText("Karolinska Institutet");
  await expect(application).toContainText("SE-48213");
  await expect(application).toContainText("8 years");

  // Rejecting without a reason is refused next to the reason field; nothing changes.
  await application.getByRole("button", { name: `Reject ${name}` }).click();
  await expect(application.getByText("Tell the doctor why: they will read it.")).toBeVisible();
  await expect(application.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expect(application.getByLabel("Reason")).toBeFocused();

  // Approving takes them out of the queue.
  await application.getByLabel("Reason").fill("Licence SE-48213 found in the Swedish register.");
  await application.getByRole("button", { name: `Approve ${name}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  await expect(admin.getByRole("article", { name })).toHaveCount(0);

  // The doctor's next page load knows: the answer form is there, and a notification says so.
  await doctor.goto(questionPath);
  await expect(doctor.getByRole("button", { name: "Post answer" })).toBeVisible();
  await doctor.goto("/notifications");
  await expect(
    doctor.getByRole("link", { name: "Your account is verified: you can answer questions now" }),
  ).toBeVisible();

  // The admin finds the decision in the audit log, filtered by its action.
  await admin.goto("/staff/audit");
  await admin.getByLabel("Action").selectOption("doctor.verify");
  await admin.getByRole("button", { name: "Show entries" }).click();
  await expect(admin).toHaveURL(/[?&]action=doctor\.verify(&|$)/);
  const entry = admin.getByRole("article").filter({ hasText: name });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole("heading", { name: "doctor.verify" })).toBeVisible();
  await expect(entry).toContainText("Adrian Moss");
  await expect(entry).toContainText("Licence SE-48213 found in the Swedish register.");
  await expect(admin.getByRole("article").filter({ hasText: "doctor.reject" })).toHaveCount(0);
});

test("the demo moderator is told that only administrators verify doctors and read the audit log", async ({ page }) => {
  await signIn(page, DEMO_MODERATOR.email, DEMO_MODERATOR.password);
  await expect(page).toHaveURL("/");
  await page.goto("/staff/doctors");
  await expect(page.getByText("Only administrators can verify doctors.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  await page.goto("/staff/audit");
  await expect(page.getByText("Only administrators can read the audit log.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show entries" })).toHaveCount(0);
});
