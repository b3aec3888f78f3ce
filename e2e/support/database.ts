// Journeys seed their own users straight into the e2e server's database (its URL is left in
// E2E_STATE_FILE by scripts/e2e-server.ts), through the same use-cases the app uses.
import { readFileSync } from "node:fs";
import { registerUser } from "../../lib/accounts/register-user";
import { loadActor } from "../../lib/auth/load-actor";
import { fileComplaint } from "../../lib/complaints/file-complaint";
import { db } from "../../lib/db";
import { reloadEnv } from "../../lib/env";
import { postAnswer } from "../../lib/messages/post-answer";
import { askQuestion } from "../../lib/questions/ask-question";
import { E2E_STATE_FILE, type E2EState } from "../../scripts/lib/e2e-state";
import { uniqueEmail } from "./pages";

/** The app's Prisma client, pointed at the database the running e2e server uses. */
export function connect() {
  const state = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as E2EState;
  if (process.env.DATABASE_URL !== state.databaseUrl) {
    process.env.DATABASE_URL = state.databaseUrl;
    reloadEnv();
  }
  return db();
}

export type SeededUser = { email: string; password: string; name: string };

/** A doctor an admin has verified (verification itself is the admin's journey, not this one's). */
export async function seedVerifiedDoctor(name: string, specialtySlug: string): Promise<SeededUser> {
  const client = connect();
  const specialty = await client.specialty.findUniqueOrThrow({ where: { slug: specialtySlug } });
  const user = {
    email: uniqueEmail("doctor"),
    password: "steady hands and patience",
    name,
  };
  const created = await registerUser({
    accountType: "doctor",
    ...user,
    specialtyIds: [specialty.id],
    university: "University of Tartu",
    yearsOfExperience: 11,
    licenseNumber: `EE-${Math.floor(Math.random() * 1e6)}`,
  });
  await client.doctorProfile.update({
    where: { userId: created.id },
    data: { verification: "VERIFIED", verifiedAt: new Date() },
  });
  return user;
}

/** A moderator account (staff roles are not open to sign-up); a medical reviewer decides on dangerous-advice reports. */
export async function seedModerator(name: string, options: { medicalReviewer?: boolean } = {}): Promise<SeededUser> {
  const client = connect();
  const user = { email: uniqueEmail("moderator"), password: "fair and careful reading", name };
  const created = await registerUser({ accountType: "patient", ...user });
  await client.user.update({
    where: { id: created.id },
    data: { role: "MODERATOR", isMedicalReviewer: options.medicalReviewer ?? false },
  });
  return user;
}

export type SeededThread = { questionId: number; title: string; answer: string; asker: SeededUser };

/** A patient's question answered by a seeded doctor, written through askQuestion and postAnswer. */
export async function seedAnsweredQuestion(options: {
  doctor: SeededUser;
  specialtySlug: string;
  title: string;
  answer: string;
}): Promise<SeededThread> {
  const client = connect();
  const specialty = await client.specialty.findUniqueOrThrow({ where: { slug: options.specialtySlug } });
  const asker = { email: uniqueEmail("asker"), password: "a quiet morning walk", name: "Ruth Meyer" };
  const patient = await registerUser({ accountType: "patient", ...asker });
  const { questionId } = await askQuestion({
    actor: await loadActor(patient.id),
    input: {
      specialtyId: specialty.id,
      title: options.title,
      body: "I have type 1 diabetes and my sugar is high in the mornings. What should I change?",
      shownName: "Ruth",
    },
  });
  const doctor = await client.user.findUniqueOrThrow({ where: { email: options.doctor.email }, select: { id: true } });
  await postAnswer({ actor: await loadActor(doctor.id), input: { questionId, body: options.answer } });
  return { questionId, title: options.title, answer: options.answer, asker };
}

/** Reports waiting in the moderation queue, for scans of the queue page: a reply, an answer and a person. */
export async function seedReportedThread(label: string): Promise<void> {
  const doctor = await seedVerifiedDoctor(`Dr. Queue ${label}`, "neurologist");
  const thread = await seedAnsweredQuestion({
    doctor,
    specialtySlug: "neurologist",
    title: `Headache every afternoon (${label})`,
    answer: "Buy the supplements from my own shop, they cure everything.",
  });
  const client = connect();
  const answer = await client.threadMessage.findFirstOrThrow({
    where: { questionId: thread.questionId, kind: "ANSWER" },
    select: { id: true, authorId: true },
  });
  for (const [index, reason] of (["ADVERTISING", "SPAM"] as const).entries()) {
    const reporter = await registerUser({
      accountType: "patient",
      name: `Queue Reporter ${index + 1}`,
      email: uniqueEmail("reporter"),
      password: "a quiet morning walk",
    });
    const actor = await loadActor(reporter.id);
    await fileComplaint({
      actor,
      input: { targetType: "MESSAGE", targetId: answer.id, reason, note: index === 0 ? "Sells his own pills." : "" },
    });
    await fileComplaint({
      actor,
      input: { targetType: "USER", targetId: answer.authorId, reason: "OTHER", note: "Spams." },
    });
  }
}
