// prisma/seed.ts against a migrated database of its own: the demo content is
// read back row by row, the second run must add nothing, and the attachment files must match their rows.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { type Db, db } from "../../lib/db";
import { env } from "../../lib/env";
import { seedDatabase } from "../../prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { STORY_QUESTION } from "../../prisma/seed/consultation";
import { PRIVATE_CONSULTATIONS } from "../../prisma/seed/private-consultation-texts";
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
      consultations: client.consultation.count(),
      consultationMessages: client.consultationMessage.count(),
      payments: client.payment.count(),
      paymentEvents: client.paymentEvent.count(),
      reactions: client.messageReaction.count(),
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

  it("seeds paid private consultations as the payment flow leaves them: closed and rated, waiting, refunded", async () => {
    const hours = env().CONSULTATION_ANSWER_HOURS;
    const now = Date.now();
    const consultations = await client.consultation.findMany({
      include: {
        patient: true,
        doctor: { include: { doctorProfile: { include: { specialties: true } } } },
        messages: { orderBy: { createdAt: "asc" } },
        payments: { include: { events: { orderBy: { createdAt: "asc" } } } },
      },
      orderBy: { createdAt: "asc" },
    });
    expect(consultations.length).toBe(PRIVATE_CONSULTATIONS.length);
    const withDemoDoctor = consultations.filter((c) => c.doctor.email === "doctor@demo.consilium.test");
    const fromDemoPatient = (c: (typeof consultations)[number]) => c.patient.email === "patient@demo.consilium.test";
    expect(withDemoDoctor.map((c) => `${c.state} ${c.rating ?? "-"} ${fromDemoPatient(c)}`).sort()).toEqual([
      "ACTIVE - false",
      "CLOSED 4 false",
      "CLOSED 5 true",
    ]);
    const refunded = consultations.filter((c) => c.state === "REFUNDED");
    expect(refunded.length).toBe(1);
    expect(refunded[0]?.doctor.email).not.toBe("doctor@demo.consilium.test");

    for (const c of consultations) {
      const profile = c.doctor.doctorProfile;
      // The price and specialty of the doctor's offer, as startConsultation copies them.
      expect(profile?.offersConsultations, c.subject).toBe(true);
      expect([c.priceMinor, c.currency]).toEqual([profile?.consultationPriceMinor, profile?.consultationCurrency]);
      expect(c.specialtyId).toBe(profile?.specialties.find((link) => link.isPrimary)?.specialtyId);
      expect(c.messages[0]?.authorId).toBe(c.patientId);
      expect(c.messages[0]?.createdAt.getTime()).toBe(c.createdAt.getTime());
      expect(c.messages.every((m) => m.authorId === c.patientId || m.authorId === c.doctorId)).toBe(true);
      expect(c.messages.every((m) => m.createdAt.getTime() <= now)).toBe(true);

      // Exactly one payment, confirmed once through a sandbox provider event.
      expect(c.payments.length).toBe(1);
      const payment = c.payments[0];
      expect(payment).toMatchObject({ provider: "sandbox", amountMinor: c.priceMinor, currency: c.currency });
      expect(payment?.externalId).toMatch(/^cs_sandbox_[0-9a-f]{24}$/);
      expect(payment?.checkoutUrl).toBe(`/consultations/checkout/sandbox/${payment?.id}`);
      const transitions = payment?.events.map((e) => `${e.type} ${e.fromState ?? "-"}→${e.toState}`);
      const confirmed = payment?.events.filter((e) => e.type === "payment.succeeded") ?? [];
      expect(confirmed.length).toBe(1);
      expect(confirmed[0]?.externalEventId).toMatch(/^evt_sandbox_[0-9a-f]{24}$/);
      expect(confirmed[0]?.createdAt.getTime()).toBe(c.paidAt?.getTime());
      expect(confirmed[0]?.payload).toMatchObject({
        type: "checkout.session.completed",
        data: { object: { id: payment?.externalId, client_reference_id: payment?.id, amount_total: c.priceMinor } },
      });

      // Paid: the deadline runs from the payment.
      expect(c.paidAt?.getTime()).toBeGreaterThanOrEqual(c.createdAt.getTime());
      expect(c.answerDeadline?.getTime()).toBe((c.paidAt?.getTime() ?? 0) + hours * 3_600_000);
      const firstFromDoctor = c.messages.find((m) => m.authorId === c.doctorId);
      expect(c.firstAnsweredAt?.getTime() ?? null).toBe(firstFromDoctor?.createdAt.getTime() ?? null);

      if (c.state === "REFUNDED") {
        expect(payment?.state).toBe("REFUNDED");
        expect(payment?.refundExternalId).toMatch(/^re_sandbox_[0-9a-f]{24}$/);
        expect(transitions).toEqual([
          "payment.created -→CREATED",
          "checkout.created CREATED→PENDING",
          "payment.succeeded PENDING→SUCCEEDED",
          "refund.deadline SUCCEEDED→SUCCEEDED",
          "refund.completed SUCCEEDED→REFUNDED",
        ]);
        expect(c.firstAnsweredAt).toBeNull();
        expect(c.refundedAt?.getTime()).toBeGreaterThan(c.answerDeadline?.getTime() ?? Infinity);
        expect(c.messages.every((m) => m.readAt === null)).toBe(true);
        expect(await client.auditLog.count({ where: { action: "consultation.refund", targetId: c.id } })).toBe(1);
      } else {
        expect(payment?.state).toBe("SUCCEEDED");
        expect(payment?.refundExternalId).toBeNull();
        expect(transitions).toEqual([
          "payment.created -→CREATED",
          "checkout.created CREATED→PENDING",
          "payment.succeeded PENDING→SUCCEEDED",
        ]);
        expect(c.refundedAt).toBeNull();
      }
      if (c.state === "ACTIVE") {
        expect(c.firstAnsweredAt).toBeNull();
        expect(c.answerDeadline?.getTime()).toBeGreaterThan(now);
        expect(c.paidAt?.getTime()).toBeGreaterThan(now - 6 * 3_600_000);
        expect(c.messages.every((m) => m.readAt === null)).toBe(true);
      }
      if (c.state === "CLOSED") {
        expect(c.rating).toBeGreaterThanOrEqual(4);
        expect(c.ratingComment?.length).toBeGreaterThan(20);
        expect(c.ratedAt?.getTime()).toBe(c.closedAt?.getTime());
        expect(c.closedAt?.getTime()).toBeGreaterThan(c.firstAnsweredAt?.getTime() ?? Infinity);
        expect(c.closedAt?.getTime()).toBeLessThan(now - 24 * 3_600_000);
        expect(c.messages.length).toBeGreaterThanOrEqual(3);
        for (const [index, message] of c.messages.entries()) {
          const reply = c.messages.slice(index + 1).find((later) => later.authorId !== message.authorId);
          expect(message.readAt?.getTime()).toBeGreaterThan(message.createdAt.getTime());
          expect(message.readAt?.getTime()).toBeGreaterThan(c.paidAt?.getTime() ?? Infinity);
          if (reply) expect(message.readAt?.getTime()).toBeLessThan(reply.createdAt.getTime());
        }
      } else {
        expect([c.rating, c.ratingComment, c.ratedAt, c.closedAt]).toEqual([null, null, null, null]);
      }
    }

    // The demo patient's rated consultation follows up the story from the private side, in a short exchange.
    const marks = consultations.find((c) => fromDemoPatient(c) && c.state === "CLOSED");
    const story = await client.question.findFirstOrThrow({ where: { title: STORY_QUESTION.title } });
    expect(marks?.sourceQuestionId).toBe(story.id);
    expect(marks?.messages.length).toBeGreaterThanOrEqual(3);
    expect(marks?.messages.length).toBeLessThanOrEqual(5);
    expect(marks?.messages.map((m) => m.body).join(" ")).toMatch(/MRI/);

    // One confirmed payment per consultation: the partial unique index refuses a second one.
    await expect(
      client.payment.create({
        data: {
          consultationId: withDemoDoctor[0]?.id ?? "",
          provider: "sandbox",
          idempotencyKey: "checkout-second-confirmed",
          amountMinor: 3500,
          currency: "EUR",
          state: "SUCCEEDED",
        },
      }),
    ).rejects.toThrow(/Payment_one_confirmed_per_consultation|Unique constraint/);

    // Other neurologists take consultations too, so a refunded patient is offered someone else.
    const neurologistsOffering = await client.doctorProfile.count({
      where: { offersConsultations: true, specialties: { some: { specialty: { slug: "neurologist" } } } },
    });
    expect(neurologistsOffering).toBeGreaterThanOrEqual(3);
  });

  it("seeds thanks where an asker thanked a doctor under the answer, and doctors agreeing with the neurologist", async () => {
    const reactions = await client.messageReaction.findMany({
      select: {
        kind: true,
        userId: true,
        message: { select: { kind: true, authorId: true, question: { select: { title: true, authorId: true } } } },
      },
    });
    const thanks = reactions.filter((reaction) => reaction.kind === "THANKS");
    const agreements = reactions.filter((reaction) => reaction.kind === "AGREE");
    expect(thanks.length).toBeGreaterThan(0);
    for (const reaction of thanks) {
      expect(reaction.message.kind).toBe("ANSWER");
      expect(reaction.userId).toBe(reaction.message.question.authorId);
    }
    expect(agreements).toHaveLength(3);
    const neurologist = await client.user.findUniqueOrThrow({ where: { email: "doctor@demo.consilium.test" } });
    for (const reaction of agreements) {
      expect(reaction.message.question.title).toBe(STORY_QUESTION.title);
      expect(reaction.message.authorId).toBe(neurologist.id);
      expect(reaction.userId).not.toBe(neurologist.id);
    }
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
      ...(await client.consultationMessage.findMany({ select: { body: true } })).map((message) => message.body),
      ...(await client.consultation.findMany({ select: { subject: true, ratingComment: true } })).flatMap((c) => [
        c.subject,
        c.ratingComment ?? "",
      ]),
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
