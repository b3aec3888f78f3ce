// The followers' notifications an answer or a reply owes: recorded with the post, written right after its broadcast,
// and written by the worker when the posting process could not (it died, or its payment failed).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { postAnswer } from "../../lib/messages/post-answer";
import { postReply } from "../../lib/messages/post-reply";
import {
  OVERDUE_AFTER_MS,
  oweThreadNotices,
  payOverdueThreadNotices,
  payThreadNotices,
} from "../../lib/notifications/thread-notices";
import { followQuestion } from "../../lib/questions/follow-question";
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
setupTestDatabase("thread_notices");

let specialtyId: number;
let mark: Person;
let irina: Person;

const owed = (messageId: string) => db().pendingThreadNotice.count({ where: { messageId } });
const noticesFor = async (messageId: string) =>
  (await db().notification.findMany({ where: { url: { endsWith: `#m_${messageId}` } }, select: { userId: true } })).map(
    (row) => row.userId,
  );

/** An answer committed with its debt, as postAnswer's transaction leaves it, by a process that then died. */
async function answerLeftOwing(questionId: number, authorId: string, now: Date): Promise<string> {
  return db().$transaction(async (tx) => {
    const { id } = await tx.threadMessage.create({
      data: { questionId, kind: "ANSWER", authorId, body: "Rest, then see me.", createdAt: now },
      select: { id: true },
    });
    await oweThreadNotices(tx, { messageId: id, now });
    return id;
  });
}

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
});

describe("answers and replies pay what they owe", () => {
  it("leaves nothing owed once postAnswer and postReply return, and the followers are notified", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answer = await postAnswer({ actor: irina.actor, input: { questionId, body: "Does it wake you at night?" } });
    expect(await owed(answer.messageId)).toBe(0);
    expect(await noticesFor(answer.messageId)).toEqual([mark.id]);

    const reply = await postReply({
      actor: mark.actor,
      input: { questionId, answerId: answer.messageId, body: "No, but it is hard to fall asleep." },
    });
    expect(await owed(reply.messageId)).toBe(0);
    expect(await noticesFor(reply.messageId)).toEqual([irina.id]);
    expect(await db().pendingThreadNotice.count()).toBe(0);
  });
});

describe("payOverdueThreadNotices (the worker)", () => {
  it("pays a debt its process left only once it is overdue, and only once", async () => {
    const now = new Date();
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const messageId = await answerLeftOwing(questionId, irina.id, now);

    expect(await payOverdueThreadNotices({ now: new Date(now.getTime() + OVERDUE_AFTER_MS - 1000) })).toEqual({
      paid: 0,
      failed: 0,
    });
    expect(await noticesFor(messageId)).toEqual([]);

    const later = new Date(now.getTime() + OVERDUE_AFTER_MS + 1000);
    expect(await payOverdueThreadNotices({ now: later })).toEqual({ paid: 1, failed: 0 });
    expect(await payOverdueThreadNotices({ now: later })).toEqual({ paid: 0, failed: 0 });
    expect(await noticesFor(messageId)).toEqual([mark.id]);
    expect(await owed(messageId)).toBe(0);
  });

  it("writes the notifications once when the poster and the worker pay the same debt at the same moment", async () => {
    const now = new Date(Date.now() - 2 * OVERDUE_AFTER_MS);
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const lena = await createPerson({ name: "Lena Hoffmann" });
    await followQuestion({ actor: lena.actor, questionId, follow: true });
    const messageId = await answerLeftOwing(questionId, irina.id, now);

    const results = await Promise.all([
      payThreadNotices(messageId),
      payThreadNotices(messageId),
      payOverdueThreadNotices(),
    ]);
    const paidBy = results.filter((result) => (result && "paid" in result ? result.paid > 0 : result !== null));
    expect(paidBy).toHaveLength(1);
    expect((await noticesFor(messageId)).sort()).toEqual([mark.id, lena.id].sort());
  });

  it("keeps a debt whose payment fails for the next run, and pays the others meanwhile", async () => {
    const now = new Date(Date.now() - 2 * OVERDUE_AFTER_MS);
    const unlucky = await createPerson({ name: "Ulla Unlucky" });
    const poisoned = await createQuestion({ authorId: unlucky.id, specialtyId });
    const fine = await createQuestion({ authorId: mark.id, specialtyId });
    const failing = await answerLeftOwing(poisoned, irina.id, now);
    const paying = await answerLeftOwing(fine, irina.id, new Date(now.getTime() + 1));
    // A fault in the database: any notification for Ulla is refused while the trigger exists.
    await db().$executeRawUnsafe(`
      CREATE FUNCTION refuse_ulla() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await db().$executeRawUnsafe(`
      CREATE TRIGGER refuse_ulla BEFORE INSERT ON "Notification"
      FOR EACH ROW WHEN (NEW."userId" = '${unlucky.id}') EXECUTE FUNCTION refuse_ulla()`);
    try {
      expect(await payOverdueThreadNotices()).toEqual({ paid: 1, failed: 1 });
      expect(await owed(failing)).toBe(1);
      expect(await noticesFor(paying)).toEqual([mark.id]);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_ulla ON "Notification"`);
      await db().$executeRawUnsafe("DROP FUNCTION refuse_ulla()");
    }
    expect(await payOverdueThreadNotices()).toEqual({ paid: 1, failed: 0 });
    expect(await noticesFor(failing)).toEqual([unlucky.id]);
  });
});
