// prisma/seed.ts against a migrated database of its own: the demo content is
// read back row by row, the second run must add nothing, and the attachment files must match their rows.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { type Db, db } from "../../lib/db";
import { seedDatabase } from "../../prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { STORY_QUESTION } from "../../prisma/seed/consultation";
import { setupTestDatabase } from "../support/test-database";

setupTestDatabase("seed");

let client: Db;
let dataDir: string;
let runs: { created: boolean }[];
let countsAfterRun: Record<string, number>[];

async function countRows(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries({
      specialties: client.specialty.count(),
      users: client.user.count(),
      doctorProfiles: client.doctorProfile.count(),
      doctorSpecialties: client.doctorSpecialty.count(),
      questions: client.question.count(),
      messages: client.threadMessage.count(),
      attachments: client.attachment.count(),
      follows: client.follow.count(),
      articles: client.article.count(),
      ratings: client.articleRating.count(),
    }).map(async ([table, count]) => [table, await count] as const),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  client = db();
  dataDir = await mkdtemp(path.join(os.tmpdir(), "consilium-seed-"));
  runs = [];
  countsAfterRun = [];
  for (let run = 0; run < 2; run++) {
    runs.push(await seedDatabase(client, { dataDir }));
    countsAfterRun.push(await countRows());
  }
}, 120_000);

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const firstName = (name: string) => name.split(" ")[0] ?? name;

describe("seedDatabase", () => {
  it("creates the demo content on the first run and nothing on the second", () => {
    expect(runs.map((run) => run.created)).toEqual([true, false]);
    expect(countsAfterRun[0]?.questions).toBeGreaterThan(40);
    expect(countsAfterRun[1]).toEqual(countsAfterRun[0]);
  });

  it("creates every demo account with its role, one shared password, and doctors in both verification states", async () => {
    const users = await client.user.findMany({
      omit: { passwordHash: false },
      include: { doctorProfile: { include: { specialties: { include: { specialty: true } } } } },
    });
    for (const account of DEMO_ACCOUNTS) {
      expect(users.find((user) => user.email === account.email)?.role, account.email).toBe(account.role);
    }
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(["PATIENT", "DOCTOR", "MODERATOR", "ADMIN"]));
    expect(users.every((user) => user.email.endsWith(".test"))).toBe(true);
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(1);
    expect(await verifyPassword(users[0]?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);

    const doctor = users.find((user) => user.email === "doctor@demo.consilium.test")?.doctorProfile;
    expect(doctor).toMatchObject({ verification: "VERIFIED", offersConsultations: true, consultationCurrency: "EUR" });
    expect(doctor?.university).toBeTruthy();
    expect(doctor?.yearsOfExperience).toBeGreaterThan(0);
    expect(doctor?.consultationPriceMinor).toBeGreaterThan(0);
    expect(doctor?.specialties.map((link) => link.specialty.slug)).toContain("neurologist");
    const pending = users.find((user) => user.email === "pending.doctor@demo.consilium.test")?.doctorProfile;
    expect(pending).toMatchObject({ verification: "PENDING", verifiedAt: null });
  });

  it("seeds the story consultation: six specialties answer, the asker replies to each doctor by name", async () => {
    const story = await client.question.findFirstOrThrow({
      where: { title: STORY_QUESTION.title },
      include: {
        specialty: true,
        follows: true,
        attachments: true,
        messages: {
          orderBy: { createdAt: "asc" },
          include: {
            author: { include: { doctorProfile: { include: { specialties: { include: { specialty: true } } } } } },
          },
        },
      },
    });
    expect(story.specialty.slug).toBe("neurologist");
    const answers = story.messages.filter((message) => message.kind === "ANSWER");
    const slugsOf = (message: (typeof answers)[number]) =>
      message.author.doctorProfile?.specialties.map((link) => link.specialty.slug) ?? [];
    expect(new Set(answers.flatMap(slugsOf))).toEqual(
      new Set(["neurologist", "therapist", "massage-therapist", "psychiatrist", "narcologist", "pediatrician"]),
    );
    expect(story.answerCount).toBe(answers.length);
    for (const answer of answers) {
      expect(answer.outsideSpecialty, answer.author.name).toBe(!slugsOf(answer).includes("neurologist"));
      const fromAsker = story.messages.filter(
        (message) => message.kind === "REPLY" && message.parentId === answer.id && message.authorId === story.authorId,
      );
      expect(fromAsker.length, answer.author.name).toBeGreaterThan(0);
      for (const reply of fromAsker) {
        expect(reply.addresseeId).toBe(answer.authorId);
        expect(reply.body.startsWith(`${firstName(answer.author.name)}, `)).toBe(true);
      }
    }
    expect(answers.some((answer) => answer.outsideSpecialty)).toBe(true);
    expect(answers.some((answer) => answer.author.email === "doctor@demo.consilium.test")).toBe(true);

    const times = story.messages.map((message) => message.createdAt.getTime());
    expect(story.lastActivityAt.getTime()).toBe(Math.max(...times));
    expect(new Set(story.messages.map((message) => message.createdAt.toISOString().slice(0, 10))).size).toBe(2);
    expect(story.viewCount).toBeGreaterThan(1000);
    expect(story.follows.map((follow) => follow.userId)).toEqual([story.authorId]);
    expect(story.attachments.map((file) => `${file.contentType} ${file.visibility}`).sort()).toEqual([
      "application/pdf PUBLIC",
      "image/png DOCTORS_ONLY",
    ]);
  });

  it("writes the attachment files the rows describe", async () => {
    const attachments = await client.attachment.findMany();
    for (const attachment of attachments) {
      const bytes = await readFile(path.join(dataDir, "uploads", attachment.storageKey));
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(attachment.sha256);
      expect(bytes.length).toBe(attachment.sizeBytes);
      if (attachment.contentType === "image/png") {
        expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([attachment.width, attachment.height]);
      } else {
        expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(bytes.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
      }
    }
  });

  it("seeds 40+ further questions across 10+ specialties: open, closed and unanswered, with consistent threads", async () => {
    const questions = await client.question.findMany({
      where: { title: { not: STORY_QUESTION.title } },
      include: {
        specialty: true,
        messages: { include: { author: { include: { doctorProfile: { include: { specialties: true } } } } } },
      },
    });
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((question) => question.specialtyId)).size).toBeGreaterThanOrEqual(10);
    expect(questions.some((question) => question.status === "OPEN" && question.answerCount > 0)).toBe(true);
    expect(questions.some((question) => question.status === "OPEN" && question.answerCount === 0)).toBe(true);
    const closed = questions.filter((question) => question.status === "CLOSED");
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((question) => question.closeReason && question.closedAt)).toBe(true);
    const spine = questions.filter((question) => /back|sciatica|neck|herniation/i.test(question.title));
    expect(spine.length).toBeGreaterThanOrEqual(6);

    let answeredByDemoDoctor = 0;
    for (const question of questions) {
      const answers = question.messages.filter((message) => message.kind === "ANSWER");
      expect(question.answerCount, question.title).toBe(answers.length);
      for (const answer of answers) {
        const specialtyIds = answer.author.doctorProfile?.specialties.map((link) => link.specialtyId) ?? [];
        expect(answer.outsideSpecialty, question.title).toBe(!specialtyIds.includes(question.specialtyId));
        if (answer.author.email === "doctor@demo.consilium.test") answeredByDemoDoctor++;
      }
      for (const reply of question.messages.filter((message) => message.kind === "REPLY")) {
        const parent = answers.find((answer) => answer.id === reply.parentId);
        expect(parent, question.title).toBeDefined();
        if (reply.authorId === question.authorId) expect(reply.addresseeId).toBe(parent?.authorId);
        else expect(reply.authorId).toBe(parent?.authorId);
      }
    }
    expect(answeredByDemoDoctor).toBeGreaterThanOrEqual(3);
  });

  it("publishes the neurologist's article with its ratings", async () => {
    const article = await client.article.findFirstOrThrow({
      include: { ratings: true, specialty: true, author: { include: { doctorProfile: true } } },
    });
    expect(article.publishedAt).not.toBeNull();
    expect(article.specialty.slug).toBe("neurologist");
    expect(article.author.doctorProfile).toMatchObject({ verification: "VERIFIED" });
    expect(article.author.doctorProfile?.university).toBeTruthy();
    expect(article.body).toMatch(/^## /m);
    expect(article.body).toMatch(/^- /m);
    expect(article.body).toMatch(/^1\. /m);
    expect(article.ratings.length).toBeGreaterThanOrEqual(2);
    const average = article.ratings.reduce((sum, rating) => sum + rating.stars, 0) / article.ratings.length;
    expect(average).toBe(4.5);
  });

  it("uses none of the seed page's people", async () => {
    const texts = [
      ...(await client.user.findMany({ select: { name: true } })).map((user) => user.name),
      ...(await client.question.findMany({ select: { shownName: true, body: true } })).flatMap((q) => [
        q.shownName,
        q.body,
      ]),
      ...(await client.threadMessage.findMany({ select: { body: true } })).map((message) => message.body),
      ...(await client.article.findMany({ select: { body: true } })).map((article) => article.body),
    ].join("\n");
    for (const name of [
      "Egor",
      "Safronova",
      "Fakhrutdinova",
      "Potekhina",
      "Belyakova",
      "Kisel",
      "Nikulina",
      "Shpidonov",
    ]) {
      expect(texts).not.toContain(name);
    }
  });
});
