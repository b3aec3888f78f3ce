// Doctors' public profiles, thanks and agreement on answers, the start of a private consultation, and a doctor's
// consultation settings.
import { expect, type Page, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { STORY_QUESTION } from "../prisma/seed/consultation";
import { PRIVATE_CONSULTATIONS } from "../prisma/seed/private-consultation-texts";
import { seriousViolations } from "./support/accessibility";
import { connect, seedAnsweredQuestion, seedVerifiedDoctor } from "./support/database";
import { openStoryQuestion, signIn } from "./support/pages";
import { DEMO_MODERATOR } from "./support/staff";

const DEMO_PATIENTS_COMMENT = PRIVATE_CONSULTATIONS.flatMap((consultation) =>
  consultation.patient === "mark" && consultation.outcome.state === "CLOSED" ? [consultation.outcome.comment] : [],
)[0] as string;
const DEMO_DOCTOR = { email: "doctor@demo.consilium.test", password: "consilium-demo", name: "Dr. Daniel Hartmann" };

async function noSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("a visitor opens the neurologist's profile from an answer", async ({ page }) => {
    await openStoryQuestion(page);
    const answer = page.getByRole("article").filter({ has: page.getByRole("heading", { name: DEMO_DOCTOR.name }) });
    await expect(answer.getByRole("link", { name: /Consult privately.*35\.00 EUR/ })).toBeVisible();
    await answer.getByRole("link", { name: DEMO_DOCTOR.name, exact: true }).click();

    await expect(page.getByRole("heading", { level: 1, name: DEMO_DOCTOR.name })).toBeVisible();
    await expect(page).toHaveTitle(/Dr\. Daniel Hartmann, Neurologist/);
    await expect(page.getByRole("list", { name: "Specialties" })).toContainText("Neurologist");
    await expect(page.getByText("Verified doctor")).toBeVisible();
    // The seed's rated consultations with him (the demo patient's among them): the average and the latest comment.
    await expect(page.getByText(/out of 5 from \d+ consultations/)).toBeVisible();
    await expect(page.getByText(DEMO_PATIENTS_COMMENT)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recent answers" })).toBeVisible();
    const consult = page.getByRole("link", { name: /Consult privately.*35\.00 EUR/ });
    await expect(consult).toHaveAttribute("href", /\/consultations\/new\?doctor=/);
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScrolling(page);
  });

  test("a pending doctor has no public profile", async ({ page }) => {
    const client = connect();
    const pending = await client.user.findUniqueOrThrow({
      where: { email: "pending.doctor@demo.consilium.test" },
      select: { id: true },
    });
    const response = await page.goto(`/doctors/${pending.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find this doctor" })).toBeVisible();
  });

  test("the asker thanks the doctor, another doctor agrees, the doctor sees both live, and the profile counts both", async ({
    page,
    browser,
  }) => {
    const doctorName = `Helga Brandt ${Date.now()}`;
    const doctor = await seedVerifiedDoctor(doctorName, "neurologist");
    const thread = await seedAnsweredQuestion({
      doctor,
      specialtySlug: "neurologist",
      title: `Tingling in both hands at night ${Date.now()}`,
      answer: "This is often carpal tunnel syndrome; a wrist splint at night usually helps within weeks.",
    });

    // The answering doctor has the thread open in another browser, joined to its live updates.
    const doctorContext = await browser.newContext();
    const doctorPage = await doctorContext.newPage();
    await signIn(doctorPage, doctor.email, doctor.password);
    await expect(doctorPage).toHaveURL("/");
    let joined = false;
    doctorPage.on("websocket", (socket) => {
      socket.on("framereceived", (frame) => {
        if (String(frame.payload).includes('"missed"')) joined = true;
      });
    });
    await doctorPage.goto(`/questions/${thread.questionId}`);
    await expect(doctorPage.getByRole("heading", { level: 1, name: thread.title })).toBeVisible();
    await expect.poll(() => joined).toBe(true);
    await doctorPage.evaluate(() => {
      (window as unknown as { noReload: boolean }).noReload = true;
    });

    await signIn(page, thread.asker.email, thread.asker.password);
    await expect(page).toHaveURL("/");
    await page.goto(`/questions/${thread.questionId}`);
    await page.getByRole("button", { name: `Thank Dr. ${doctorName}` }).click();
    await expect(page.getByText(`You thanked Dr. ${doctorName}`)).toBeVisible();
    await expect(page.getByRole("button", { name: `Thank Dr. ${doctorName}` })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.context().clearCookies();
    await signIn(page, DEMO_DOCTOR.email, DEMO_DOCTOR.password);
    await expect(page).toHaveURL("/");
    await page.goto(`/questions/${thread.questionId}`);
    await expect(page.getByText("Thanked by the patient")).toBeVisible();
    await page.getByRole("button", { name: "Agree with this answer" }).click();
    await expect(page.getByText("1 doctor agrees, including you")).toBeVisible();
    // Both reached the answering doctor's open page without a reload.
    await expect(doctorPage.getByText("Thanked by the patient")).toBeVisible();
    await expect(doctorPage.getByText("1 doctor agrees", { exact: true })).toBeVisible();
    expect(await doctorPage.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
    await doctorContext.close();

    await page.getByRole("link", { name: `Dr. ${doctorName}`, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Dr. ${doctorName}` })).toBeVisible();
    await expect(page.getByText("thanks from a patient")).toBeVisible();
    await expect(page.getByText("doctor agreed")).toBeVisible();
    // This doctor takes no private consultations.
    await expect(page.getByRole("link", { name: /Consult privately/ })).toHaveCount(0);
  });

  test("a patient starts a consultation from an answer: errors keep what was typed, then on to payment", async ({
    page,
  }) => {
    await signIn(page, "patient@demo.consilium.test", "consilium-demo");
    await expect(page).toHaveURL("/");
    await openStoryQuestion(page);
    const title = STORY_QUESTION.title;
    const answer = page.getByRole("article").filter({ has: page.getByRole("heading", { name: DEMO_DOCTOR.name }) });
    await answer.getByRole("link", { name: /Consult privately/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Private consultation" })).toBeVisible();
    await expect(page.getByText("35.00 EUR").first()).toBeVisible();
    await expect(page.getByText(/answers within 24 hours, or you are refunded automatically/)).toBeVisible();
    await expect(page.getByLabel("Subject")).toHaveValue(title);
    await expect(page.getByText(/Files you add here are seen only by you and Dr\. Daniel Hartmann/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScrolling(page);

    const subject = `Follow-up on my sciatica ${Date.now()}`;
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel("Describe what worries you").fill("Too short");
    await page.getByRole("button", { name: "Continue to payment" }).click();
    await expect(page.getByText(/Describe what worries you in at least 20 characters/)).toBeVisible();
    await expect(page.getByLabel("Subject")).toHaveValue(subject);
    await expect(page.getByLabel("Describe what worries you")).toHaveValue("Too short");
    const client = connect();
    expect(await client.consultation.count({ where: { subject } })).toBe(0);

    await page
      .getByLabel("Describe what worries you")
      .fill("The numbness in my toes came back after two good weeks. Should I get an MRI now?");
    await page.getByRole("button", { name: "Continue to payment" }).click();
    await expect(page).not.toHaveURL(/\/consultations\/new/);
    await expect
      .poll(() => client.consultation.findFirst({ where: { subject }, select: { state: true, priceMinor: true } }))
      .toEqual({ state: "AWAITING_PAYMENT", priceMinor: 3500 });
  });

  test("a doctor sets a price: a bad one is refused and kept, a good one is saved", async ({ page }) => {
    const doctor = await seedVerifiedDoctor(`Jonas Keller ${Date.now()}`, "neurologist");
    await signIn(page, doctor.email, doctor.password);
    await expect(page).toHaveURL("/");
    await page.goto("/doctor/settings");
    await expect(page.getByText("You do not take private consultations.")).toBeVisible();
    await page.getByLabel("Yes, patients may book a private consultation with me").check();
    await page.getByLabel("Price per consultation").fill("0.50");
    await page.getByRole("button", { name: "Save offer" }).click();
    await expect(page.getByText("Choose a price from 1.00 to 1,000.00.")).toBeVisible();
    await expect(page.getByLabel("Price per consultation")).toHaveValue("0.50");

    await page.getByLabel("Price per consultation").fill("42.50");
    await page.getByLabel("Currency").selectOption("USD");
    await page.getByRole("button", { name: "Save offer" }).click();
    await expect(page.getByText("You take private consultations at 42.50 USD.")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScrolling(page);

    await page.goto("/doctor/earnings");
    await expect(page.getByRole("heading", { level: 1, name: "Earnings" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No paid consultations yet" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScrolling(page);
  });

  test("a doctor adds a photo and a few words about themselves: a PDF named .jpg is refused with a message, the photo shows on the profile and under answers, removing it brings back initials; a reported photo is taken down by a moderator with a reason", async ({
    page,
    browser,
  }) => {
    const doctorName = `Mira Holm ${Date.now()}`;
    const doctor = await seedVerifiedDoctor(doctorName, "neurologist");
    const thread = await seedAnsweredQuestion({
      doctor,
      specialtySlug: "neurologist",
      title: `Eyelid twitching for a week ${Date.now()}`,
      answer: "Usually harmless: sleep more, cut down on coffee, and it settles within two weeks.",
    });
    await signIn(page, doctor.email, doctor.password);
    await expect(page).toHaveURL("/");
    await page.goto("/doctor/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Your profile and consultations" })).toBeVisible();

    const choose = async (name: string, mimeType: string, buffer: Buffer) => {
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: /Choose (a|another) photo/ }).click();
      await (await chooser).setFiles({ name, mimeType, buffer });
    };
    const diploma = await PDFDocument.create();
    diploma.addPage();
    // Renamed to look like a photo: the browser lets it through, the server reads its bytes and refuses it.
    await choose("diploma.jpg", "image/jpeg", Buffer.from(await diploma.save()));
    await expect(page.getByRole("alert").filter({ hasText: "profile photo" })).toHaveText(
      "A profile photo must be a JPEG, PNG or WebP image.",
    );
    await expect(page.getByRole("button", { name: "Remove photo" })).toHaveCount(0);

    const portrait = await sharp({
      create: { width: 600, height: 800, channels: 3, background: { r: 40, g: 120, b: 160 } },
    })
      .jpeg()
      .toBuffer();
    await choose("me.jpg", "image/jpeg", portrait);
    await expect(page.getByRole("status").filter({ hasText: "Your new photo is saved." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove photo" })).toBeVisible();
    await page
      .getByLabel("About you, as patients will read it")
      .fill("I treat migraine and dizziness.\n\nI speak Swedish and English.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your profile shows the new text." })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScrolling(page);

    // A visitor sees it on the profile and next to the answer: a square JPEG served from our own address.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/questions/${thread.questionId}`);
    const answer = visitor
      .getByRole("article")
      .filter({ has: visitor.getByRole("heading", { name: `Dr. ${doctorName}` }) });
    const photo = answer.locator('img[src*="/photo?v="]');
    await expect(photo).toBeVisible();
    const src = (await photo.getAttribute("src")) ?? "";
    const served = await visitor.request.get(src);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/jpeg");
    expect(await sharp(await served.body()).metadata()).toMatchObject({ width: 320, height: 320 });
    // Only the doctor may change it.
    expect((await visitor.request.delete(src.split("?")[0] ?? "")).status()).toBe(401);
    // The profile shows the photo and the doctor's own words.
    await answer.getByRole("link", { name: `Dr. ${doctorName}`, exact: true }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: `Dr. ${doctorName}` })).toBeVisible();
    await expect(visitor.locator(`img[src="${src}"]`)).toBeVisible();
    await expect(visitor.getByText("I speak Swedish and English.")).toBeVisible();
    await visitor.goBack();

    await page.getByRole("button", { name: "Remove photo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your photo is removed" })).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByRole("heading", { level: 1, name: thread.title })).toBeVisible();
    await expect(answer.locator("img")).toHaveCount(0);
    expect((await visitor.request.get(src)).status()).toBe(404);
    await visitor.context().close();

    // An unsuitable photo: the patient who asked reports the profile; a moderator finds it in the queue and takes the
    // photo down with a reason the doctor is told.
    await choose("me-again.jpg", "image/jpeg", portrait);
    await expect(page.getByRole("status").filter({ hasText: "Your new photo is saved." })).toBeVisible();
    const reporter = await (await browser.newContext()).newPage();
    await signIn(reporter, thread.asker.email, thread.asker.password);
    await expect(reporter).toHaveURL("/");
    await reporter.goto(`/questions/${thread.questionId}`);
    await reporter.getByRole("link", { name: `Dr. ${doctorName}`, exact: true }).click();
    await reporter.getByRole("button", { name: `Complain about the profile of Dr. ${doctorName}` }).click();
    const dialog = reporter.getByRole("dialog", { name: `Report the profile of Dr. ${doctorName}` });
    await dialog.getByRole("radio", { name: "Other (please explain)" }).check();
    await dialog.getByLabel("Tell the moderators what is wrong").fill("The photo is not of a person.");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(reporter.getByText("Thank you — a moderator will review it.")).toBeVisible();
    await reporter.context().close();

    const moderatorPage = await (await browser.newContext()).newPage();
    await signIn(moderatorPage, DEMO_MODERATOR.email, DEMO_MODERATOR.password);
    await expect(moderatorPage).toHaveURL("/");
    await moderatorPage.goto("/staff/moderation");
    const card = moderatorPage.getByRole("article").filter({ hasText: "The photo is not of a person." });
    await expect(card.getByRole("heading", { name: `Person: Dr. ${doctorName}` })).toBeVisible();
    await card.getByRole("link", { name: `Dr. ${doctorName}`, exact: true }).click();
    await expect(moderatorPage.getByRole("heading", { level: 1, name: `Dr. ${doctorName}` })).toBeVisible();
    await moderatorPage.getByText("Moderation: take down part of this profile").click();
    await moderatorPage.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(moderatorPage.getByText("Give a reason: the doctor will read it.")).toBeVisible();
    expect(await seriousViolations(moderatorPage)).toEqual([]);
    await moderatorPage.getByRole("radio", { name: "The photo" }).check();
    await moderatorPage.getByLabel("Reason (the doctor reads it)").fill("Please use a photo of yourself");
    await moderatorPage.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(moderatorPage.getByRole("status").filter({ hasText: "The doctor has been told why." })).toBeVisible();
    await expect(moderatorPage.locator('img[src*="/photo?v="]')).toHaveCount(0);
    // The doctor's own words stay; only the photo went.
    await expect(moderatorPage.getByText("I speak Swedish and English.")).toBeVisible();
    await moderatorPage.context().close();

    await page.goto("/notifications");
    await expect(page.getByRole("link", { name: "A moderator removed your profile photo" })).toBeVisible();
    await expect(page.getByText("Reason: Please use a photo of yourself.")).toBeVisible();
  });

  test("the demo neurologist sees the seeded paid consultations in his earnings and his paid queue", async ({
    page,
  }) => {
    const his = PRIVATE_CONSULTATIONS.filter((consultation) => consultation.doctor === "hartmann");
    const waiting = his.find((consultation) => consultation.outcome.state === "ACTIVE");
    expect(waiting).toBeDefined();
    await signIn(page, DEMO_DOCTOR.email, DEMO_DOCTOR.password);
    await expect(page).toHaveURL("/");
    await page.goto("/doctor/earnings");
    await expect(page.getByRole("heading", { level: 1, name: "Earnings" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No paid consultations yet" })).toHaveCount(0);
    await expect(page.getByText(/From \d+ paid consultations/)).toBeVisible();
    for (const consultation of his) {
      await expect(page.getByRole("link", { name: consultation.subject })).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScrolling(page);

    await page.goto("/doctor/queue?paid=1");
    await expect(page.getByRole("link", { name: waiting?.subject ?? "" })).toBeVisible();
  });
});
