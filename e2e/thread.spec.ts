import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { seedVerifiedDoctor } from "./support/database";
import { header, signIn, signUpPatient, uniqueEmail } from "./support/pages";

const password = "a quiet morning walk";

async function labResultPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 240, g: 244, b: 248 } } })
    .png()
    .toBuffer();
}

async function openAs(browserContext: BrowserContext, email: string, secret: string): Promise<Page> {
  const page = await browserContext.newPage();
  await signIn(page, email, secret);
  await expect(page).toHaveURL("/");
  return page;
}

/** A flag on `window` survives live updates but not a reload: it proves the page was never reloaded. */
async function markNoReload(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
}

test("a patient asks with a photo; a doctor answers live; they reply to each other; the patient closes the question", async ({
  browser,
}) => {
  const doctor = await seedVerifiedDoctor("Aino Virtanen", "neurologist");
  const secondDoctor = await seedVerifiedDoctor("Mikael Lind", "neurologist");
  const title = `Numb toes after a long run ${Date.now()}`;

  // The patient signs up and asks, with a photo of a test result.
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await signUpPatient(patient, "Lena Park", uniqueEmail("asker"), password);
  await expect(header(patient)).toContainText("Lena Park");
  await patient.goto("/ask");
  await patient.getByLabel("Which doctor should answer?").selectOption({ label: "Neurologist (Neurology)" });
  await patient.getByLabel("Your question in one line").fill(title);
  await patient
    .getByLabel("Describe what worries you")
    .fill("Since last week my left toes feel numb after running more than 10 km. No back pain. I am 41.");
  await patient.getByLabel("Name shown").fill("Lena");
  await patient.getByLabel("City").fill("Oslo");
  await patient.locator('input[type="file"]').setInputFiles({
    name: "blood-test.png",
    mimeType: "image/png",
    buffer: await labResultPhoto(),
  });
  await expect(patient.locator('input[type="hidden"][name="attachmentIds"]')).toHaveCount(1);
  await patient.getByRole("button", { name: "Post your question" }).click();
  await expect(patient).toHaveURL(/\/questions\/\d+\?asked=1$/);
  await expect(patient.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(patient.getByText("Asked by Lena, Oslo")).toBeVisible();
  const questionPath = new URL(patient.url()).pathname;

  // The doctor, in another browser, sees the question and the doctors-only photo, and answers.
  const doctorPage = await openAs(await browser.newContext(), doctor.email, doctor.password);
  await doctorPage.goto(questionPath);
  await expect(doctorPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(doctorPage.getByText("blood-test.png")).toBeVisible();
  const secondDoctorPage = await openAs(await browser.newContext(), secondDoctor.email, secondDoctor.password);
  await secondDoctorPage.goto(questionPath);
  await expect(secondDoctorPage.getByRole("button", { name: "Post answer" })).toBeVisible();
  await markNoReload(secondDoctorPage);

  await markNoReload(patient);
  const answer = "Numbness only after long runs often comes from tight shoes pressing a nerve on the foot.";
  await doctorPage.getByLabel("Answer", { exact: true }).fill(answer);
  await doctorPage.getByRole("button", { name: "Post answer" }).click();

  // The patient sees it appear without reloading, and replies to that doctor by name.
  await expect(patient.getByText(answer)).toBeVisible();
  await expectNotReloaded(patient);
  await patient.getByRole("button", { name: "Reply to Dr. Aino Virtanen" }).click();
  const reply = "Thank you, Aino. I do run in new shoes since two weeks. Should I loosen the laces?";
  await patient.getByLabel("Your reply to Dr. Aino Virtanen").fill(reply);
  await markNoReload(doctorPage);
  await patient.getByRole("button", { name: "Send reply" }).click();
  await expect(patient.getByText(reply)).toBeVisible();

  // The doctor sees the reply live, addressed to them.
  await expect(doctorPage.getByText(reply)).toBeVisible();
  await expect(
    doctorPage.locator("li[id^='m_'] > p").filter({ hasText: /^Lena\s*→\s*to Dr\. Aino Virtanen$/ }),
  ).toHaveCount(1);
  await expectNotReloaded(doctorPage);

  // The patient closes the question: the other doctor's answer form goes away, live.
  await patient.getByRole("button", { name: "Close question" }).click();
  await patient.getByLabel("Why are you closing it?").fill("The new shoes were the cause. Thank you!");
  await patient.getByRole("button", { name: "Close question" }).click();
  await expect(patient.getByText("This question was closed")).toBeVisible();
  await expect(secondDoctorPage.getByText("This question was closed")).toBeVisible();
  await expect(secondDoctorPage.getByRole("button", { name: "Post answer" })).toHaveCount(0);
  await expectNotReloaded(secondDoctorPage);
  await secondDoctorPage.reload();
  await expect(secondDoctorPage.getByText("The new shoes were the cause. Thank you!")).toBeVisible();
  await expect(secondDoctorPage.getByLabel("Answer", { exact: true })).toHaveCount(0);

  // Asker and answering doctor follow the question automatically: each has the other's message in notifications.
  await patient.getByRole("link", { name: /^Notifications/ }).click();
  await expect(patient.getByRole("link", { name: "Dr. Aino Virtanen answered your question" })).toBeVisible();
  await doctorPage.goto("/notifications");
  await expect(doctorPage.getByRole("link", { name: "Lena replied to you" })).toBeVisible();
});

test("a renamed executable and a 12 MB image are refused with a clear message, and nothing is attached", async ({
  page,
}) => {
  await signUpPatient(page, "Jonas Berg", uniqueEmail("uploader"), password);
  await expect(header(page)).toContainText("Jonas Berg");
  await page.goto("/ask");
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);
  await page.locator('input[type="file"]').setInputFiles({ name: "mri-scan.jpg", mimeType: "image/jpeg", buffer: elf });
  await expect(
    page.getByRole("alert").filter({ hasText: "This file is not a JPEG, PNG or WebP image or a PDF" }),
  ).toBeVisible();

  const twelveMegabytes = Buffer.alloc(12 * 1024 * 1024, 0x41);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "x-ray.png", mimeType: "image/png", buffer: twelveMegabytes });
  await expect(page.getByRole("alert").filter({ hasText: "This file is larger than 10 MB" })).toBeVisible();
  await expect(page.locator('input[type="hidden"][name="attachmentIds"]')).toHaveCount(0);

  // The server refuses it too, whatever a client does.
  const direct = await page.request.post("/api/uploads", {
    data: twelveMegabytes,
    headers: { "content-type": "image/png", "x-file-name": "x-ray.png" },
  });
  expect(direct.status()).toBe(413);
  expect((await direct.json()).error).toContain("larger than 10 MB");
});
