// Writes demo questions with their threads. Questions are plain data (SeedQuestion); times are minutes after
// the question was asked, and those left out are filled in by the seeded generator, so every run is the same.
import type { Tx } from "../../lib/db";
import type { PersonKey, SeededPeople } from "./accounts";
import type { DoctorKey } from "./doctors";
import { daysBefore, minutesAfter, newId, randomInt } from "./random";
import type { SpecialtyIds, SpecialtySlug } from "./specialties";

export type SeedReply = {
  /** "asker" replies are addressed to the answer's doctor and start with the doctor's first name. */
  by: "asker" | "doctor";
  body: string;
  at?: number;
};

export type SeedAnswer = { doctor: DoctorKey; body: string; at?: number; replies?: readonly SeedReply[] };

export type SeedQuestion = {
  specialty: SpecialtySlug;
  asker: PersonKey;
  shownName: string;
  city?: string;
  daysAgo: number;
  /** Minute of the day (UTC) the question was asked; random between 07:00 and 22:30 when absent. */
  minuteOfDay?: number;
  views?: number;
  title: string;
  body: string;
  answers?: readonly SeedAnswer[];
  closed?: { reason: string; by: "asker" | "moderator" | "system"; at?: number };
};

type MessageRow = {
  id: string;
  questionId: number;
  kind: "ANSWER" | "REPLY";
  parentId: string | null;
  authorId: string;
  addresseeId: string | null;
  body: string;
  outsideSpecialty: boolean;
  createdAt: Date;
};

type Context = { people: SeededPeople; specialtyIds: SpecialtyIds; now: Date; random: () => number };

/** Creates the questions in order, then all their messages and the askers' follows in two batch inserts. */
export async function createQuestions(tx: Tx, context: Context, questions: readonly SeedQuestion[]): Promise<number[]> {
  const messages: MessageRow[] = [];
  const follows: { userId: string; questionId: number; createdAt: Date }[] = [];
  const questionIds: number[] = [];
  for (const question of questions) {
    const plan = planQuestion(context, question);
    const row = await tx.question.create({ data: plan.question, select: { id: true } });
    questionIds.push(row.id);
    messages.push(...plan.messages.map((message) => ({ ...message, questionId: row.id })));
    follows.push({ userId: plan.question.authorId, questionId: row.id, createdAt: plan.question.createdAt });
  }
  await tx.threadMessage.createMany({ data: messages });
  await tx.follow.createMany({ data: follows });
  return questionIds;
}

function planQuestion({ people, specialtyIds, now, random }: Context, question: SeedQuestion) {
  const askerId = people.userIds[question.asker];
  const createdAt = daysBefore(now, question.daysAgo, question.minuteOfDay ?? randomInt(random, 7 * 60, 22 * 60 + 30));
  const at = (minutes: number) => {
    const time = minutesAfter(createdAt, minutes);
    if (time > now) throw new Error(`Seed data: "${question.title}" has a message in the future; ask it earlier`);
    return time;
  };

  const messages: Omit<MessageRow, "questionId">[] = [];
  let answerAt = 0;
  for (const answer of question.answers ?? []) {
    const doctor = people.doctors[answer.doctor];
    answerAt = answer.at ?? answerAt + randomInt(random, 25, 420);
    const answerId = newId();
    messages.push({
      id: answerId,
      kind: "ANSWER",
      parentId: null,
      authorId: doctor.id,
      addresseeId: null,
      body: answer.body,
      // The flag the product sets when a doctor answers outside the specialties on their profile.
      outsideSpecialty: !doctor.specialties.some((slug) => slug === question.specialty),
      createdAt: at(answerAt),
    });
    let replyAt = answerAt;
    for (const reply of answer.replies ?? []) {
      replyAt = reply.at ?? replyAt + randomInt(random, 10, 240);
      const fromAsker = reply.by === "asker";
      messages.push({
        id: newId(),
        kind: "REPLY",
        parentId: answerId,
        authorId: fromAsker ? askerId : doctor.id,
        addresseeId: fromAsker ? doctor.id : askerId,
        body: fromAsker ? `${doctor.firstName}, ${reply.body}` : reply.body,
        outsideSpecialty: false,
        createdAt: at(replyAt),
      });
    }
  }

  const lastMessageAt = messages.reduce((latest, message) => Math.max(latest, message.createdAt.getTime()), 0);
  const lastActivityAt = lastMessageAt ? new Date(lastMessageAt) : createdAt;
  const answerCount = messages.filter((message) => message.kind === "ANSWER").length;
  const closed = question.closed;
  // Automatic closing happens a month after the last activity; people close a question within a few days.
  const closeDelay = closed?.by === "system" ? 30 * 24 * 60 : randomInt(random, 60, 3 * 24 * 60);
  const closedAt = !closed ? null : closed.at === undefined ? minutesAfter(lastActivityAt, closeDelay) : at(closed.at);
  const closedById = !closed
    ? null
    : closed.by === "asker"
      ? askerId
      : closed.by === "moderator"
        ? people.userIds.nora
        : null;
  const viewCount =
    question.views ?? (answerCount === 0 ? randomInt(random, 2, 60) : randomInt(random, 60, 240) * (answerCount + 1));

  return {
    question: {
      authorId: askerId,
      specialtyId: specialtyIds[question.specialty],
      title: question.title,
      body: question.body,
      shownName: question.shownName,
      shownCity: question.city ?? null,
      status: closed ? ("CLOSED" as const) : ("OPEN" as const),
      closeReason: closed?.reason ?? null,
      closedAt: closedAt && closedAt > now ? now : closedAt,
      closedById,
      viewCount,
      answerCount,
      lastActivityAt,
      createdAt,
    },
    messages,
  };
}
