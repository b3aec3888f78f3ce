// Every moderation decision, read back from the rows it changed: complaints, the target, the author's account,
// the answer count, the notifications (and e-mails) to reporters and author, and the audit entry.
import { beforeAll, describe, expect, it } from "vitest";
import { getAttachmentFile } from "../../lib/attachments/get-attachment-file";
import { loadActor } from "../../lib/auth/load-actor";
import { resolveComplaints } from "../../lib/complaints/resolve-complaints";
import { db } from "../../lib/db";
import type { ComplaintTargetType } from "../../lib/generated/prisma/enums";
import { postAnswer } from "../../lib/messages/post-answer";
import { postReply } from "../../lib/messages/post-reply";
import { askQuestion } from "../../lib/questions/ask-question";
import { getQuestionThread } from "../../lib/questions/get-question-thread";
import { getStorage } from "../../lib/storage/get-storage";
import {
  createAnswer,
  createAttachment,
  createPatients,
  createReply,
  createStaff,
  report,
} from "../support/complaint-fixtures";
import { failureOf } from "../support/domain-error";
import { setupLocalUploads } from "../support/local-uploads";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

setupTestDatabase("resolve_complaints");
setupLocalUploads("moderation");

let specialtyId: number;
let mark: Person;
let irina: Person;
let nora: Person;
// Reports, decisions and the refused writes all happen at this moment, never the clock: a suspension decided at
// `now` must still be in force when the suspended person tries to write, on whatever day the suite runs.
const now = new Date(Date.UTC(2026, 10, 26, 15));

const pendingIds = async (targetType: ComplaintTargetType, targetId: string | number) =>
  (await db().complaint.findMany({ where: { targetType, targetId: String(targetId), state: "PENDING" } })).map(
    (c) => c.id,
  );

async function decide(targetType: ComplaintTargetType, targetId: string | number, action: string, extra = {}) {
  const complaintIds = await pendingIds(targetType, targetId);
  return resolveComplaints({
    actor: nora.actor,
    input: { targetType, targetId: String(targetId), complaintIds, action, ...extra },
    now,
  });
}
const noticesOf = (userId: string) =>
  db().notification.findMany({
    where: { userId },
    select: { type: true, title: true, body: true },
    orderBy: { createdAt: "asc" },
  });
const auditOf = (action: string) => db().auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
  nora = await createStaff({ name: "Nora Quinn", role: "MODERATOR", medicalReviewer: true });
});

describe("resolveComplaints", () => {
  it("hides an answer for all its complaints at once: reason shown in the thread, count, notices, audit", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId, title: "Tingling in both feet" });
    const answerId = await createAnswer(questionId, irina.id, "Stop your insulin for a week.");
    const [a, b] = (await createPatients(2, "Hide")) as [Person, Person];
    await report(a, "MESSAGE", answerId, "DANGEROUS_ADVICE", { note: "Could kill a diabetic.", now });
    await report(b, "MESSAGE", answerId, "SPAM", { now });
    const complaintIds = await pendingIds("MESSAGE", answerId);

    const result = await decide("MESSAGE", answerId, "HIDE", { reason: "Unsafe advice about insulin" });
    expect(result).toMatchObject({ action: "HIDE", resolution: "CONTENT_HIDDEN" });
    expect(result.resolvedComplaintIds.sort()).toEqual([...complaintIds].sort());

    const complaints = await db().complaint.findMany({ where: { id: { in: complaintIds } } });
    for (const complaint of complaints) {
      expect(complaint).toMatchObject({
        state: "RESOLVED",
        resolution: "CONTENT_HIDDEN",
        resolutionNote: "Unsafe advice about insulin",
        moderatorId: nora.id,
        resolvedAt: now,
      });
    }
    expect(await db().threadMessage.findUniqueOrThrow({ where: { id: answerId } })).toMatchObject({
      hiddenAt: now,
      hiddenById: nora.id,
      hiddenReason: "Unsafe advice about insulin",
    });
    expect((await db().question.findUniqueOrThrow({ where: { id: questionId } })).answerCount).toBe(0);

    const toReporter = { type: "COMPLAINT_RESOLVED", title: "Your report was reviewed: the answer was hidden" };
    expect(await noticesOf(a.id)).toMatchObject([toReporter]);
    expect((await noticesOf(a.id))[0]?.body).toContain("“Tingling in both feet” as “Dangerous medical advice”");
    expect(await noticesOf(b.id)).toMatchObject([toReporter]);
    expect(await noticesOf(irina.id)).toContainEqual({
      type: "CONTENT_HIDDEN",
      title: "A moderator hid your answer",
      body: "Reason: Unsafe advice about insulin. You can still see it; others see that it was hidden and why.",
    });
    expect(await db().emailOutbox.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(2);

    const [entry] = await auditOf("content.hide");
    expect(entry).toMatchObject({
      actorId: nora.id,
      targetType: "ThreadMessage",
      targetId: answerId,
      before: { hidden: false, hiddenReason: null },
      after: { hidden: true, hiddenReason: "Unsafe advice about insulin" },
      reason: "Unsafe advice about insulin",
    });
    const after = entry?.after as { complaintIds: string[] } | undefined;
    expect(after?.complaintIds.sort()).toEqual([...complaintIds].sort());

    const forVisitor = await getQuestionThread({ viewer: null, questionId });
    expect(forVisitor.answers[0]).toMatchObject({ body: null, hidden: { reason: "Unsafe advice about insulin" } });
    const forAuthor = await getQuestionThread({ viewer: irina.actor, questionId });
    expect(forAuthor.answers[0]).toMatchObject({ body: "Stop your insulin for a week." });
  });

  it("dismissing unhides what the threshold hid, and leaves a moderator's hide alone", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id);
    for (const reporter of await createPatients(3, "Crowd"))
      await report(reporter, "MESSAGE", answerId, "SPAM", { now });
    expect((await db().question.findUniqueOrThrow({ where: { id: questionId } })).answerCount).toBe(0);

    await decide("MESSAGE", answerId, "DISMISS");
    expect(await db().threadMessage.findUniqueOrThrow({ where: { id: answerId } })).toMatchObject({
      hiddenAt: null,
      hiddenReason: null,
    });
    expect((await db().question.findUniqueOrThrow({ where: { id: questionId } })).answerCount).toBe(1);
    const dismissed = (await auditOf("complaint.dismiss")).filter((e) => e.targetId === answerId);
    expect(dismissed).toMatchObject([{ actorId: nora.id, before: { hidden: true }, after: { hidden: false } }]);
    const reporters = await db().complaint.findMany({ where: { targetId: answerId }, select: { reporterId: true } });
    for (const { reporterId } of reporters) {
      expect(await noticesOf(reporterId)).toMatchObject([{ title: "Your report was reviewed: no action was needed" }]);
    }

    // A moderator's own hide stays after a dismissal; only RESTORE undoes it.
    const other = await createAnswer(questionId, (await createDoctor({ specialtyIds: [specialtyId] })).id);
    await report(mark, "MESSAGE", other, "ABUSE", { now });
    await db().threadMessage.update({
      where: { id: other },
      data: { hiddenAt: now, hiddenById: nora.id, hiddenReason: "Insults the patient" },
    });
    await db().question.update({ where: { id: questionId }, data: { answerCount: { decrement: 1 } } });
    await decide("MESSAGE", other, "DISMISS");
    expect((await db().threadMessage.findUniqueOrThrow({ where: { id: other } })).hiddenReason).toBe(
      "Insults the patient",
    );
  });

  it("restores what a moderator hid, counting the answer again", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id);
    await report(mark, "MESSAGE", answerId, "OFF_TOPIC", { now });
    await db().threadMessage.update({
      where: { id: answerId },
      data: { hiddenAt: now, hiddenById: nora.id, hiddenReason: "Off topic" },
    });
    await db().question.update({ where: { id: questionId }, data: { answerCount: 0 } });

    await decide("MESSAGE", answerId, "RESTORE");
    expect(await db().threadMessage.findUniqueOrThrow({ where: { id: answerId } })).toMatchObject({
      hiddenAt: null,
      hiddenById: null,
      hiddenReason: null,
    });
    expect((await db().question.findUniqueOrThrow({ where: { id: questionId } })).answerCount).toBe(1);
    expect((await auditOf("content.restore")).at(-1)).toMatchObject({
      targetId: answerId,
      before: { hidden: true, hiddenReason: "Off topic" },
      after: { hidden: false },
    });
    expect((await getQuestionThread({ viewer: null, questionId })).answers[0]?.body).not.toBeNull();
  });

  it("deletes a reported file: row kept as deleted, bytes removed, served to nobody", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const storageKey = "uploads/2026/11/0123456789abcdef0123456789abcdef.png";
    await getStorage().put(storageKey, Buffer.from("not really a png"), "image/png");
    const fileId = await createAttachment({ ownerId: mark.id, questionId, storageKey });
    await report(irina, "ATTACHMENT", fileId, "PERSONAL_DATA", { note: "Full name and address on the scan.", now });

    await decide("ATTACHMENT", fileId, "DELETE_ATTACHMENT", { reason: "Shows your home address" });
    expect((await db().attachment.findUniqueOrThrow({ where: { id: fileId } })).deletedAt).toEqual(now);
    expect(await getStorage().get(storageKey)).toBeNull();
    expect((await failureOf(getAttachmentFile({ viewer: mark.actor, attachmentId: fileId }))).code).toBe("NOT_FOUND");
    expect((await getQuestionThread({ viewer: mark.actor, questionId })).attachments).toEqual([]);
    expect(await noticesOf(mark.id)).toContainEqual({
      type: "CONTENT_HIDDEN",
      title: "A moderator removed a file you attached",
      body: "Reason: Shows your home address.",
    });
    expect((await auditOf("attachment.delete")).at(-1)).toMatchObject({
      targetType: "Attachment",
      targetId: fileId,
      before: { deleted: false },
      after: { deleted: true },
    });
  });

  it("warns a reported person", async () => {
    const [a] = (await createPatients(1, "Warn")) as [Person];
    const tomas = await createPerson({ name: "Tomas Kral" });
    await report(a, "USER", tomas.id, "ABUSE", { note: "Insults people in replies.", now });
    await decide("USER", tomas.id, "WARN_AUTHOR", { reason: "Keep your replies polite" });
    expect(await noticesOf(tomas.id)).toEqual([
      {
        type: "AUTHOR_WARNED",
        title: "A moderator warned you",
        body: "Reason: Keep your replies polite. Repeated breaches of the rules can lead to a suspension.",
      },
    ]);
    expect(await noticesOf(a.id)).toMatchObject([{ title: "Your report was reviewed: the person was warned" }]);
    expect((await auditOf("user.warn")).at(-1)).toMatchObject({
      targetType: "User",
      targetId: tomas.id,
      actorId: nora.id,
    });
  });

  it("suspends an author: they can read but not ask, answer or reply until then", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const yana = await createDoctor({ name: "Yana Potekhina", specialtyIds: [specialtyId] });
    const answerId = await createAnswer(questionId, yana.id);
    const replyId = await createReply({ questionId, answerId, authorId: yana.id, body: "Buy my supplements." });
    await report(mark, "MESSAGE", replyId, "ADVERTISING", { now });

    await decide("MESSAGE", replyId, "SUSPEND_AUTHOR", { reason: "Advertising supplements", suspendDays: "7" });
    const until = new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000);
    expect(await db().user.findUniqueOrThrow({ where: { id: yana.id } })).toMatchObject({
      status: "SUSPENDED",
      suspendedUntil: until,
      suspensionReason: "Advertising supplements",
    });
    expect(await noticesOf(yana.id)).toContainEqual(
      expect.objectContaining({ type: "AUTHOR_SUSPENDED", title: "Your account is suspended until December 3, 2026" }),
    );
    expect((await auditOf("user.suspend")).at(-1)).toMatchObject({
      targetType: "User",
      targetId: yana.id,
      before: { status: "ACTIVE", suspendedUntil: null },
      after: { status: "SUSPENDED", suspendedUntil: until.toISOString(), days: 7 },
    });

    const suspended = await loadActor(yana.id);
    const other = await createQuestion({ authorId: mark.id, specialtyId });
    const refusals = [
      () => postAnswer({ actor: suspended, input: { questionId: other, body: "Another answer from me." }, now }),
      () => postReply({ actor: suspended, input: { questionId, answerId, body: "One more thing." }, now }),
    ];
    for (const attempt of refusals) expect((await failureOf(attempt())).code).toBe("FORBIDDEN");
    expect((await getQuestionThread({ viewer: suspended, questionId })).answers).toHaveLength(1);

    // A suspended patient cannot ask either.
    await report(irina, "USER", mark.id, "SPAM", { now });
    await decide("USER", mark.id, "SUSPEND_AUTHOR", { reason: "Spam questions", suspendDays: "3" });
    const asking = askQuestion({
      actor: await loadActor(mark.id),
      input: { specialtyId, title: "Is this allowed now?", body: "Asking while suspended, just to see." },
      now,
    });
    expect((await failureOf(asking)).code).toBe("FORBIDDEN");
    await db().user.update({ where: { id: mark.id }, data: { status: "ACTIVE", suspendedUntil: null } });
  });

  it("closes the question a reported message sits in, with the reason on record", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id);
    await db().follow.create({ data: { userId: irina.id, questionId } });
    const [a] = (await createPatients(1, "Close")) as [Person];
    await report(a, "MESSAGE", answerId, "OFF_TOPIC", { now });

    await decide("MESSAGE", answerId, "CLOSE_QUESTION", { reason: "The thread turned into an argument" });
    expect(await db().question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({
      status: "CLOSED",
      closedById: nora.id,
      closeReason: "The thread turned into an argument",
    });
    const closes = (await auditOf("question.close")).filter((e) => e.targetId === String(questionId));
    expect(closes).toHaveLength(1);
    expect(closes[0]?.after).toMatchObject({ status: "CLOSED", complaintIds: await complaintIdsOf(answerId) });
    expect(await noticesOf(irina.id)).toContainEqual(expect.objectContaining({ type: "QUESTION_CLOSED" }));
    expect(await noticesOf(a.id)).toMatchObject([{ title: "Your report was reviewed: the question was closed" }]);
  });
});

const complaintIdsOf = async (targetId: string) =>
  (await db().complaint.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map((c) => c.id);
