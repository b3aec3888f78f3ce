// Following a question, and who hears what when someone answers or replies in it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { postAnswer } from "../../lib/messages/post-answer";
import { postReply } from "../../lib/messages/post-reply";
import { followQuestion } from "../../lib/questions/follow-question";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import {
  createDoctor,
  createPerson,
  createQuestion,
  createSpecialty,
  type Person,
  relaxFloodLimits,
} from "../support/thread-fixtures";

relaxFloodLimits();
setupTestDatabase("follow_notify");

let specialtyId: number;
let mark: Person;
let irina: Person;

const followers = async (questionId: number) =>
  (await db().follow.findMany({ where: { questionId }, select: { userId: true } })).map((f) => f.userId).sort();
const noticesFor = (messageId: string) =>
  db().notification.findMany({
    where: { url: { endsWith: `#m_${messageId}` } },
    select: { userId: true, type: true, title: true, body: true, url: true },
  });
const outboxFor = (messageId: string) =>
  db().emailOutbox.findMany({
    where: { notification: { url: { endsWith: `#m_${messageId}` } } },
    select: { userId: true, toAddress: true, subject: true, textBody: true, state: true },
  });
const byUser = <T extends { userId: string | null }>(rows: T[]) => new Map(rows.map((row) => [row.userId, row]));

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
});

describe("followQuestion", () => {
  it("follows and unfollows idempotently", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    for (let i = 0; i < 2; i++) {
      expect(await followQuestion({ actor: lena.actor, questionId, follow: true })).toEqual({
        questionId,
        following: true,
      });
    }
    expect(await followers(questionId)).toEqual([mark.id, lena.id].sort());
    for (let i = 0; i < 2; i++) await followQuestion({ actor: lena.actor, questionId, follow: false });
    expect(await followers(questionId)).toEqual([mark.id]);
  });

  it("needs a signed-in user and a question they can read", async () => {
    const hidden = await createQuestion({ authorId: mark.id, specialtyId, extra: { hiddenAt: new Date() } });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    expect((await failureOf(followQuestion({ actor: null, questionId: hidden, follow: true }))).code).toBe("FORBIDDEN");
    for (const questionId of [hidden, 999_999, Number.NaN]) {
      const error = await failureOf(followQuestion({ actor: lena.actor, questionId, follow: true }));
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(await followers(hidden)).toEqual([mark.id]);
  });
});

describe("notifications for answers and replies", () => {
  it("gives each follower but the author one notification, and e-mails only those who chose immediate e-mail", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId, shownName: "Egor" });
    const digest = await createPerson({ name: "Dana Digest", emailFrequency: "DAILY_DIGEST" });
    const quiet = await createPerson({ name: "Quentin Quiet", emailFrequency: "NONE" });
    const eager = await createPerson({ name: "Erin Eager" });
    for (const person of [digest, quiet, eager])
      await followQuestion({ actor: person.actor, questionId, follow: true });

    const { messageId } = await postAnswer({
      actor: irina.actor,
      input: { questionId, body: "What are you currently taking for treatment?" },
    });

    const notices = byUser(await noticesFor(messageId));
    expect([...notices.keys()].sort()).toEqual([mark.id, digest.id, quiet.id, eager.id].sort());
    expect(notices.get(mark.id)).toEqual({
      userId: mark.id,
      type: "NEW_ANSWER",
      title: "Dr. Irina Maslova answered your question",
      body: "What are you currently taking for treatment?",
      url: `/questions/${questionId}#m_${messageId}`,
    });
    expect(notices.get(eager.id)?.title).toBe("Dr. Irina Maslova answered “Back pain down the right leg”");

    const outbox = byUser(await outboxFor(messageId));
    expect([...outbox.keys()].sort()).toEqual([mark.id, eager.id].sort());
    const toMark = outbox.get(mark.id);
    expect(toMark).toMatchObject({ toAddress: mark.email, state: "PENDING" });
    expect(toMark?.subject).toBe("Dr. Irina Maslova answered your question");
    expect(toMark?.textBody).toContain(
      `${env().NEXTAUTH_URL.replace(/\/+$/, "")}/questions/${questionId}#m_${messageId}`,
    );
    expect(toMark?.textBody).toContain("What are you currently taking for treatment?");
  });

  it("tells the addressee of a reply once, whether or not they follow, and never the replier", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId, shownName: "Mark" });
    const { messageId: answerId } = await postAnswer({
      actor: irina.actor,
      input: { questionId, body: "Any numbness?" },
    });
    // Irina follows because she answered; she stops, and must still hear of a reply addressed to her.
    await followQuestion({ actor: irina.actor, questionId, follow: false });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    await followQuestion({ actor: lena.actor, questionId, follow: true });

    const toIrina = await postReply({ actor: mark.actor, input: { questionId, answerId, body: "Yes, at night." } });
    const notices = byUser(await noticesFor(toIrina.messageId));
    expect([...notices.keys()].sort()).toEqual([irina.id, lena.id].sort());
    expect(notices.get(irina.id)).toMatchObject({ type: "NEW_REPLY", title: "Mark replied to you" });
    expect(notices.get(lena.id)?.title).toBe("Mark replied to Dr. Irina Maslova");

    // Mark follows (he asked) and is the addressee: one notification, not two.
    const toMark = await postReply({
      actor: irina.actor,
      input: { questionId, answerId, inReplyToId: toIrina.messageId, body: "Then try this." },
    });
    const second = await noticesFor(toMark.messageId);
    expect(second.filter((n) => n.userId === mark.id)).toEqual([
      expect.objectContaining({ title: "Dr. Irina Maslova replied to you" }),
    ]);
    expect(second.some((n) => n.userId === irina.id)).toBe(false);
    expect((await outboxFor(toMark.messageId)).filter((e) => e.userId === mark.id)).toHaveLength(1);
  });

  it("never names the asker's account in what others receive", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId, shownName: "Egor" });
    const { messageId: answerId } = await postAnswer({ actor: irina.actor, input: { questionId, body: "Hello." } });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    await followQuestion({ actor: lena.actor, questionId, follow: true });
    const { messageId } = await postReply({ actor: mark.actor, input: { questionId, answerId, body: "Hi, doctor." } });

    const received = JSON.stringify([await noticesFor(messageId), await outboxFor(messageId)]);
    expect(received).toContain("Egor replied to");
    expect(received).not.toContain("Tanner");
    expect(received).not.toContain("Mark");
  });

  it("writes no notification when nobody but the author follows", async () => {
    const lonely = await createPerson({ name: "Solo Asker" });
    const questionId = await createQuestion({ authorId: lonely.id, specialtyId });
    await followQuestion({ actor: lonely.actor, questionId, follow: false });
    const { messageId } = await postAnswer({ actor: irina.actor, input: { questionId, body: "Hello." } });
    expect(await noticesFor(messageId)).toEqual([]);
    expect(await outboxFor(messageId)).toEqual([]);
  });
});
