// Readers get question pages from the web process's page cache: visitors, and signed-in readers too, whose own part
// (forms, follow, close, Complain only on others' words, the header's account) the page fetches after load. A kept
// page never carries one person's controls to another, and a write reaches the next visitor at once: a doctor's new
// answer (written in the web process) and a moderator hiding an answer (written from another process, heard
// through Postgres).
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { loadActor } from "../lib/auth/load-actor";
import { fileComplaint } from "../lib/complaints/file-complaint";
import { resolveComplaints } from "../lib/complaints/resolve-complaints";
import { connect, seedAnsweredQuestion, seedModerator, seedVerifiedDoctor } from "./support/database";
import { signIn } from "./support/pages";

const CACHE_HEADER = "x-consilium-cache";

/** A visitor with no cookies at all, as one arriving from a search engine. */
async function newVisitor(baseURL: string | undefined): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL });
}

/**
 * The worker embeds a new question within seconds and its new similar-question list invalidates the page: wait for
 * that, then until the page is kept, so what follows sees only the invalidations it causes itself.
 */
async function keptOnceEmbedded(baseURL: string | undefined, questionId: number) {
  await expect.poll(() => connect().questionEmbedding.count({ where: { questionId } }), { timeout: 30_000 }).toBe(1);
  await expect
    .poll(async () => (await readAnonymously(baseURL, `/questions/${questionId}`)).cache, { timeout: 5_000 })
    .toBe("hit");
  // The embedding job's notice may still be on its way: one more pair of reads must both be kept copies.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await readAnonymously(baseURL, `/questions/${questionId}`);
  return readAnonymously(baseURL, `/questions/${questionId}`);
}

async function readAnonymously(baseURL: string | undefined, path: string) {
  const visitor = await newVisitor(baseURL);
  try {
    const response = await visitor.get(path);
    return { status: response.status(), cache: response.headers()[CACHE_HEADER], html: await response.text() };
  } finally {
    await visitor.dispose();
  }
}

test("a new answer and a hidden answer reach the next anonymous visitor of a kept page at once", async ({
  browser,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const first = await seedVerifiedDoctor(`Dr. Kept ${run}`, "neurologist");
  const second = await seedVerifiedDoctor(`Dr. Fresh ${run}`, "neurologist");
  const thread = await seedAnsweredQuestion({
    doctor: first,
    specialtySlug: "neurologist",
    title: `Tingling fingers in the morning (${run})`,
    answer: `Does it ease when you shake your hands? (${run})`,
  });
  const path = `/questions/${thread.questionId}`;

  const kept = await keptOnceEmbedded(baseURL, thread.questionId);
  expect(kept).toMatchObject({ status: 200, cache: "hit" });
  expect(kept.html).toContain(thread.answer);

  // A doctor answers in the browser; the next visitor's page has the answer.
  const doctorPage = await (await browser.newContext()).newPage();
  await signIn(doctorPage, second.email, second.password);
  await expect(doctorPage).toHaveURL("/");
  await doctorPage.goto(path);
  const newAnswer = `Numbness at night often comes from how the wrists lie in sleep (${run}).`;
  await doctorPage.getByLabel("Answer", { exact: true }).fill(newAnswer);
  await doctorPage.getByRole("button", { name: "Post answer" }).click();
  await expect(doctorPage.getByText(newAnswer)).toBeVisible();
  await expect.poll(async () => (await readAnonymously(baseURL, path)).html, { timeout: 1_000 }).toContain(newAnswer);
  await expect.poll(async () => (await readAnonymously(baseURL, path)).cache).toBe("hit");

  // A moderator hides the first answer from this test's process: the server hears it through Postgres.
  const client = connect();
  const answer = await client.threadMessage.findFirstOrThrow({
    where: { questionId: thread.questionId, body: thread.answer },
    select: { id: true },
  });
  const reporter = await client.user.findUniqueOrThrow({ where: { email: thread.asker.email }, select: { id: true } });
  const { complaintId } = await fileComplaint({
    actor: await loadActor(reporter.id),
    input: {
      targetType: "MESSAGE",
      targetId: answer.id,
      reason: "DANGEROUS_ADVICE",
      note: "Tells me to stop insulin.",
    },
  });
  const moderator = await seedModerator(`Moderator ${run}`, { medicalReviewer: true });
  const moderatorRow = await client.user.findUniqueOrThrow({ where: { email: moderator.email }, select: { id: true } });
  await resolveComplaints({
    actor: await loadActor(moderatorRow.id),
    input: {
      targetType: "MESSAGE",
      targetId: answer.id,
      complaintIds: [complaintId],
      action: "HIDE",
      reason: "Advice that could harm",
    },
  });
  await expect
    .poll(async () => (await readAnonymously(baseURL, path)).html, { timeout: 1_000 })
    .not.toContain(thread.answer);
  expect((await readAnonymously(baseURL, path)).html).toContain(newAnswer);
});

test("a visitor, the asking patient and a doctor opening one kept page each see only their own controls", async ({
  browser,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const answering = await seedVerifiedDoctor(`Dr. Answered ${run}`, "neurologist");
  const other = await seedVerifiedDoctor(`Dr. Reading ${run}`, "neurologist");
  const thread = await seedAnsweredQuestion({
    doctor: answering,
    specialtySlug: "neurologist",
    title: `Dizzy when standing up (${run})`,
    answer: `How much water do you drink in a day? (${run})`,
  });
  const path = `/questions/${thread.questionId}`;
  expect((await keptOnceEmbedded(baseURL, thread.questionId)).cache).toBe("hit");

  // The asker is served the kept page, then their own part: reply and close, no Complain on their own question.
  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, thread.asker.email, thread.asker.password);
  await expect(patient).toHaveURL("/");
  const patientView = await patient.goto(path);
  expect(patientView?.headers()[CACHE_HEADER]).toBe("hit");
  await expect(patient.getByRole("button", { name: `Reply to ${answering.name}` })).toBeVisible();
  await expect(patient.getByRole("button", { name: "Close question" })).toBeVisible();
  await expect(patient.getByRole("banner").getByText(thread.asker.name)).toBeVisible();
  await expect(patient.getByRole("button", { name: "Post answer" })).toHaveCount(0);
  await expect(patient.getByRole("link", { name: "Sign in to answer" })).toHaveCount(0);
  await expect(patient.getByRole("button", { name: "Complain about this question" })).toHaveCount(0);
  await expect(patient.getByRole("button", { name: `Complain about the answer by ${answering.name}` })).toBeVisible();

  // Another doctor: the answer form and Complain on the question; closing is the asker's.
  const doctor = await (await browser.newContext()).newPage();
  await signIn(doctor, other.email, other.password);
  await expect(doctor).toHaveURL("/");
  const doctorView = await doctor.goto(path);
  expect(doctorView?.headers()[CACHE_HEADER]).toBe("hit");
  await expect(doctor.getByRole("button", { name: "Post answer" })).toBeVisible();
  await expect(doctor.getByRole("button", { name: "Complain about this question" })).toBeVisible();
  await expect(doctor.getByRole("banner").getByRole("link", { name: "My queue" })).toBeVisible();
  await expect(doctor.getByRole("button", { name: "Close question" })).toHaveCount(0);
  await expect(doctor.getByRole("link", { name: "Sign in to answer" })).toHaveCount(0);
  await expect(doctor.getByText(thread.asker.name)).toHaveCount(0);

  // The doctor who answered: a reply to the patient under their own answer, no Complain or "consult" on it.
  const author = await (await browser.newContext()).newPage();
  await signIn(author, answering.email, answering.password);
  await expect(author).toHaveURL("/");
  expect((await author.goto(path))?.headers()[CACHE_HEADER]).toBe("hit");
  await expect(author.getByText("You have answered this question")).toBeVisible();
  await expect(author.getByRole("button", { name: /^Reply to / })).toBeVisible();
  await expect(author.getByRole("button", { name: `Complain about the answer by ${answering.name}` })).toHaveCount(0);
  await expect(author.getByRole("button", { name: "Post answer" })).toHaveCount(0);

  // After both signed-in views, a visitor in a browser still gets the kept, anonymous page.
  const visitor = await (await browser.newContext()).newPage();
  const visitorView = await visitor.goto(path);
  expect(visitorView?.headers()[CACHE_HEADER]).toBe("hit");
  await expect(visitor.getByRole("link", { name: "Sign in to answer" })).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Post answer" })).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: /^Reply to/ })).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: "Follow" })).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: "Close question" })).toHaveCount(0);
  await expect(visitor.getByText(thread.asker.name)).toHaveCount(0);
  await expect(visitor.getByText(other.name)).toHaveCount(0);
});
