// Rows the thread tests start from: specialties, people in each role, questions and uploaded files,
// written straight to the test database so each test states only what it is about.
import { randomBytes } from "node:crypto";
import { loadActor } from "../../lib/auth/load-actor";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import type { EmailFrequency, Role } from "../../lib/generated/prisma/enums";

const unique = () => randomBytes(5).toString("hex");

export async function createSpecialty(name = `Specialist ${unique()}`): Promise<{ id: number; slug: string }> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return db().specialty.create({ data: { slug, name, field: name }, select: { id: true, slug: true } });
}

type PersonOptions = {
  name?: string;
  role?: Exclude<Role, "DOCTOR">;
  createdAt?: Date;
  emailFrequency?: EmailFrequency;
  suspendedUntil?: Date | null;
  suspended?: boolean;
};

export type Person = { id: string; name: string; email: string; actor: Actor };

async function personOf(id: string): Promise<Person> {
  const user = await db().user.findUniqueOrThrow({ where: { id }, select: { name: true, email: true } });
  const actor = await loadActor(id);
  if (!actor) throw new Error(`no actor for ${id}`);
  return { id, name: user.name, email: user.email, actor };
}

export async function createPerson(options: PersonOptions = {}): Promise<Person> {
  const user = await db().user.create({
    data: {
      email: `u-${unique()}@example.test`,
      name: options.name ?? "Mark Tanner",
      role: options.role ?? "PATIENT",
      passwordHash: "not-a-real-hash",
      // Old enough by default that the new-account question limit stays out of tests about other things.
      createdAt: options.createdAt ?? new Date(Date.UTC(2020, 0, 1)),
      emailFrequency: options.emailFrequency ?? "IMMEDIATE",
      ...(options.suspended && { status: "SUSPENDED", suspendedUntil: options.suspendedUntil ?? null }),
    },
    select: { id: true },
  });
  return personOf(user.id);
}

export async function createDoctor(options: {
  name?: string;
  specialtyIds: number[];
  verified?: boolean;
  emailFrequency?: EmailFrequency;
  suspended?: boolean;
}): Promise<Person> {
  const user = await db().user.create({
    data: {
      email: `d-${unique()}@example.test`,
      name: options.name ?? "Irina Maslova",
      role: "DOCTOR",
      passwordHash: "not-a-real-hash",
      createdAt: new Date(Date.UTC(2020, 0, 1)),
      emailFrequency: options.emailFrequency ?? "IMMEDIATE",
      ...(options.suspended && { status: "SUSPENDED" }),
      doctorProfile: {
        create: {
          university: "Riga Stradins University",
          yearsOfExperience: 12,
          verification: options.verified === false ? "PENDING" : "VERIFIED",
          specialties: {
            create: options.specialtyIds.map((specialtyId, index) => ({ specialtyId, isPrimary: index === 0 })),
          },
        },
      },
    },
    select: { id: true },
  });
  return personOf(user.id);
}

/** A question written directly (not through askQuestion), followed by its author as askQuestion would. */
export async function createQuestion(options: {
  authorId: string;
  specialtyId: number;
  title?: string;
  shownName?: string;
  createdAt?: Date;
  extra?: { status?: "OPEN" | "CLOSED"; hiddenAt?: Date; deletedAt?: Date; answerCount?: number };
}): Promise<number> {
  const question = await db().question.create({
    data: {
      authorId: options.authorId,
      specialtyId: options.specialtyId,
      title: options.title ?? "Back pain down the right leg",
      body: "It has been going on for weeks and nothing helps.",
      shownName: options.shownName ?? "Mark",
      ...(options.createdAt && { createdAt: options.createdAt }),
      ...options.extra,
      follows: { create: { userId: options.authorId } },
    },
    select: { id: true },
  });
  return question.id;
}

/** A file the owner uploaded and has not attached to anything yet. */
export async function createUpload(ownerId: string): Promise<string> {
  const key = unique();
  const attachment = await db().attachment.create({
    data: {
      ownerId,
      fileName: `scan-${key}.png`,
      contentType: "image/png",
      sizeBytes: 1024,
      sha256: "a".repeat(64),
      storageKey: `test/${key}`,
    },
    select: { id: true },
  });
  return attachment.id;
}

/**
 * Raises the flood limits for a test file about something else (limits.test.ts tests them), so tests that post
 * many messages within a minute are not refused. Call at the top of the file: setupTestDatabase re-reads the env.
 */
export function relaxFloodLimits(): void {
  process.env.MESSAGES_PER_MINUTE = "1000";
  process.env.QUESTIONS_PER_DAY = "1000";
  process.env.QUESTIONS_PER_DAY_NEW_ACCOUNT = "1000";
}
