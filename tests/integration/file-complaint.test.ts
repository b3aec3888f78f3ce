// Filing complaints: about every kind of target, once while pending, never about one's own posts or what one
// cannot see, within the hourly limit; and content hidden at the threshold of distinct reporters.
import { beforeAll, describe, expect, it } from "vitest";
import { getAttachmentFile } from "../../lib/attachments/get-attachment-file";
import { ALREADY_REPORTED, fileComplaint } from "../../lib/complaints/file-complaint";
import { AUTO_HIDE_REASON } from "../../lib/complaints/load-complaint-target";
import { db } from "../../lib/db";
import { reloadEnv } from "../../lib/env";
import { getQuestionThread } from "../../lib/questions/get-question-thread";
import {
  createAnswer,
  createAttachment,
  createConsultationMessage,
  createPatients,
  createReply,
  report,
} from "../support/complaint-fixtures";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createDoctor, createPerson, createQuestion, createSpecialty, type Person } from "../support/thread-fixtures";

process.env.COMPLAINTS_PER_HOUR = "4";
setupTestDatabase("file_complaint");

let specialtyId: number;
let mark: Person;
let lena: Person;
let irina: Person;

const complaintOf = (id: string) => db().complaint.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  specialtyId = (await createSpecialty("Neurologist")).id;
  mark = await createPerson({ name: "Mark Tanner" });
  lena = await createPerson({ name: "Lena Hoffmann" });
  irina = await createDoctor({ name: "Irina Maslova", specialtyIds: [specialtyId] });
});

describe("fileComplaint", () => {
  it("files about a question, an answer, a reply, a private message, a file and a person, with typed links", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id);
    const replyId = await createReply({ questionId, answerId, authorId: mark.id });
    const fileId = await createAttachment({ ownerId: mark.id, questionId });
    const privateId = await createConsultationMessage({ patientId: lena.id, doctorId: irina.id, authorId: irina.id });
    const reporters = await createPatients(3, "Filer");
    const [a, b, c] = reporters as [Person, Person, Person];

    const filed = [
      await report(lena, "QUESTION", questionId, "PERSONAL_DATA"),
      await report(lena, "MESSAGE", answerId, "DANGEROUS_ADVICE", { note: "Dose is ten times too high." }),
      await report(lena, "MESSAGE", replyId, "ABUSE"),
      await report(lena, "CONSULTATION_MESSAGE", privateId, "ADVERTISING"),
      await report(a, "ATTACHMENT", fileId, "PERSONAL_DATA"),
      await report(b, "USER", irina.id, "OTHER", { note: "Asks patients for money by e-mail." }),
    ];
    const rows = await Promise.all(filed.map((f) => complaintOf(f.complaintId)));
    const pick = ({
      targetType,
      targetId,
      questionId,
      messageId,
      consultationMessageId,
      attachmentId,
      targetAuthorId,
      reason,
      note,
      state,
    }: (typeof rows)[number]) => ({
      targetType,
      targetId,
      questionId,
      messageId,
      consultationMessageId,
      attachmentId,
      targetAuthorId,
      reason,
      note,
      state,
    });
    const none = { messageId: null, consultationMessageId: null, attachmentId: null, note: null, state: "PENDING" };
    expect(rows.map(pick)).toEqual([
      {
        ...none,
        targetType: "QUESTION",
        targetId: String(questionId),
        questionId,
        targetAuthorId: mark.id,
        reason: "PERSONAL_DATA",
      },
      {
        ...none,
        targetType: "MESSAGE",
        targetId: answerId,
        questionId,
        messageId: answerId,
        targetAuthorId: irina.id,
        reason: "DANGEROUS_ADVICE",
        note: "Dose is ten times too high.",
      },
      {
        ...none,
        targetType: "MESSAGE",
        targetId: replyId,
        questionId,
        messageId: replyId,
        targetAuthorId: mark.id,
        reason: "ABUSE",
      },
      {
        ...none,
        targetType: "CONSULTATION_MESSAGE",
        targetId: privateId,
        questionId: null,
        consultationMessageId: privateId,
        targetAuthorId: irina.id,
        reason: "ADVERTISING",
      },
      {
        ...none,
        targetType: "ATTACHMENT",
        targetId: fileId,
        questionId,
        attachmentId: fileId,
        targetAuthorId: mark.id,
        reason: "PERSONAL_DATA",
      },
      {
        ...none,
        targetType: "USER",
        targetId: irina.id,
        questionId: null,
        targetAuthorId: irina.id,
        reason: "OTHER",
        note: "Asks patients for money by e-mail.",
      },
    ]);

    // "Its author" from a message becomes a complaint about the person, remembering the question it came from.
    const aboutAuthor = await report(c, "MESSAGE", answerId, "ABUSE", { about: "AUTHOR" });
    expect(aboutAuthor).toMatchObject({ targetType: "USER", targetId: irina.id, autoHidden: false });
    expect(await complaintOf(aboutAuthor.complaintId)).toMatchObject({
      targetType: "USER",
      questionId,
      messageId: null,
    });
  });

  it("refuses one's own posts and account, and visitors", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id);
    for (const attempt of [
      () => report(mark, "QUESTION", questionId),
      () => report(irina, "MESSAGE", answerId),
      () => report(mark, "USER", mark.id),
      () => report(irina, "MESSAGE", answerId, "SPAM", { about: "AUTHOR" }),
    ]) {
      expect((await failureOf(attempt())).code).toBe("FORBIDDEN");
    }
    const visitor = await failureOf(
      fileComplaint({ actor: null, input: { targetType: "QUESTION", targetId: String(questionId), reason: "SPAM" } }),
    );
    expect(visitor.code).toBe("FORBIDDEN");
    expect(await db().complaint.count({ where: { questionId } })).toBe(0);
  });

  it("answers what the reporter cannot see as not found", async () => {
    const hiddenQuestion = await createQuestion({ authorId: mark.id, specialtyId, extra: { hiddenAt: new Date() } });
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const doctorsOnly = await createAttachment({ ownerId: mark.id, questionId, visibility: "DOCTORS_ONLY" });
    const privateId = await createConsultationMessage({ patientId: mark.id, doctorId: irina.id, authorId: irina.id });
    const deletedAnswer = await createAnswer(questionId, irina.id);
    await db().threadMessage.update({ where: { id: deletedAnswer }, data: { deletedAt: new Date() } });

    for (const attempt of [
      () => report(lena, "QUESTION", hiddenQuestion),
      () => report(lena, "ATTACHMENT", doctorsOnly),
      () => report(lena, "CONSULTATION_MESSAGE", privateId),
      () => report(lena, "MESSAGE", deletedAnswer),
      () => report(lena, "MESSAGE", "nosuchmessage"),
      () => report(lena, "QUESTION", "99999999"),
      () => report(lena, "USER", "nosuchuser"),
    ]) {
      expect((await failureOf(attempt())).code).toBe("NOT_FOUND");
    }
    // The doctor may open a doctors-only file, so may report it.
    await expect(report(irina, "ATTACHMENT", doctorsOnly)).resolves.toMatchObject({ targetType: "ATTACHMENT" });
  });

  it("takes one open complaint per person and target, and needs a note for “Other”", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id);
    const nina = await createPerson({ name: "Nina Berg" });
    await report(nina, "MESSAGE", answerId, "SPAM");
    const again = await failureOf(report(nina, "MESSAGE", answerId, "ABUSE"));
    expect(again).toMatchObject({ code: "CONFLICT", message: ALREADY_REPORTED });

    const noNote = await failureOf(report(nina, "QUESTION", questionId, "OTHER", { note: "   " }));
    expect(noNote.code).toBe("INVALID");
    expect(noNote.fieldErrors.note).toHaveLength(1);
    expect(await db().complaint.count({ where: { reporterId: nina.id } })).toBe(1);
  });

  it("files at most COMPLAINTS_PER_HOUR per person in a rolling hour", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await createAnswer(questionId, (await createDoctor({ specialtyIds: [specialtyId] })).id));
    const olga = await createPerson({ name: "Olga Ivanenko" });
    const start = new Date(Date.UTC(2026, 10, 26, 10));
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    for (let i = 0; i < 4; i++) await report(olga, "MESSAGE", answers[i] as string, "SPAM", { now: minutes(i) });

    const limited = await failureOf(report(olga, "MESSAGE", answers[4] as string, "SPAM", { now: minutes(10) }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toContain("in 50 minutes");
    await expect(report(olga, "MESSAGE", answers[4] as string, "SPAM", { now: minutes(61) })).resolves.toBeTruthy();
    expect(await db().complaint.count({ where: { reporterId: olga.id } })).toBe(5);
  });
});

describe("hiding at the threshold", () => {
  it("hides an answer once three different people report it, not before, and not for one person twice", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const answerId = await createAnswer(questionId, irina.id, "Double the dose if it does not help.");
    const [a, b, c] = (await createPatients(3, "Witness")) as [Person, Person, Person];
    const answerState = () =>
      db().threadMessage.findUniqueOrThrow({
        where: { id: answerId },
        select: { hiddenAt: true, hiddenReason: true, hiddenById: true },
      });
    const answerCount = async () => (await db().question.findUniqueOrThrow({ where: { id: questionId } })).answerCount;

    expect((await report(a, "MESSAGE", answerId, "DANGEROUS_ADVICE")).autoHidden).toBe(false);
    expect((await report(b, "MESSAGE", answerId, "DANGEROUS_ADVICE")).autoHidden).toBe(false);
    expect((await failureOf(report(a, "MESSAGE", answerId, "SPAM"))).code).toBe("CONFLICT");
    expect(await answerState()).toEqual({ hiddenAt: null, hiddenReason: null, hiddenById: null });
    expect(await answerCount()).toBe(1);
    expect(await db().auditLog.count({ where: { targetId: answerId } })).toBe(0);

    const third = await report(c, "MESSAGE", answerId, "ABUSE");
    expect(third.autoHidden).toBe(true);
    expect(await answerState()).toMatchObject({ hiddenReason: AUTO_HIDE_REASON, hiddenById: null });
    expect((await answerState()).hiddenAt).toBeInstanceOf(Date);
    expect(await answerCount()).toBe(0);
    const audit = await db().auditLog.findMany({ where: { targetId: answerId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      action: "content.auto_hide",
      targetType: "ThreadMessage",
      before: { hidden: false },
      after: { hidden: true, reporters: 3 },
    });
    expect(await db().notification.findMany({ where: { userId: irina.id, type: "CONTENT_HIDDEN" } })).toMatchObject([
      { title: "Your answer is hidden until a moderator reviews it", url: `/questions/${questionId}#m_${answerId}` },
    ]);
    expect(await db().emailOutbox.count({ where: { userId: irina.id } })).toBe(1);

    // Visitors see the note in its place; the author still reads the text.
    const forVisitor = await getQuestionThread({ viewer: null, questionId });
    expect(forVisitor.answers[0]).toMatchObject({ body: null, hidden: { reason: AUTO_HIDE_REASON } });
    const forAuthor = await getQuestionThread({ viewer: irina.actor, questionId });
    expect(forAuthor.answers[0]).toMatchObject({ body: "Double the dose if it does not help." });

    // Hidden, it is out of sight for other readers, so it can no longer be reported; nothing is audited again.
    const d = await createPerson({ name: "Late Witness" });
    expect((await failureOf(report(d, "MESSAGE", answerId, "SPAM"))).code).toBe("NOT_FOUND");
    expect(await answerCount()).toBe(0);
    expect(await db().auditLog.count({ where: { targetId: answerId } })).toBe(1);
  });

  it("hides questions, files and private messages too, but never a person", async () => {
    const questionId = await createQuestion({ authorId: mark.id, specialtyId });
    const withFile = await createQuestion({ authorId: mark.id, specialtyId });
    const fileId = await createAttachment({ ownerId: mark.id, questionId: withFile, visibility: "DOCTORS_ONLY" });
    const privateId = await createConsultationMessage({ patientId: mark.id, doctorId: irina.id, authorId: irina.id });
    const reporters = [...(await createPatients(2, "Neighbour")), await createDoctor({ specialtyIds: [specialtyId] })];
    for (const reporter of reporters) {
      if (reporter.actor.role === "DOCTOR") await report(reporter, "ATTACHMENT", fileId, "PERSONAL_DATA");
      await report(reporter, "USER", irina.id, "ABUSE");
      await report(reporter, "QUESTION", questionId, "ADVERTISING");
    }
    await report(irina, "ATTACHMENT", fileId, "PERSONAL_DATA");
    await report(await createDoctor({ specialtyIds: [specialtyId] }), "ATTACHMENT", fileId, "PERSONAL_DATA");
    expect((await db().question.findUniqueOrThrow({ where: { id: questionId } })).hiddenReason).toBe(AUTO_HIDE_REASON);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: fileId } })).hiddenReason).toBe(AUTO_HIDE_REASON);
    // A hidden file is named and served to its owner only (and staff): the doctors who could open it no longer can.
    const [forDoctor] = (await getQuestionThread({ viewer: irina.actor, questionId: withFile })).attachments;
    expect(forDoctor).toMatchObject({ fileName: null, hidden: { reason: AUTO_HIDE_REASON } });
    const [forOwner] = (await getQuestionThread({ viewer: mark.actor, questionId: withFile })).attachments;
    expect(forOwner?.fileName).toMatch(/^scan-/);
    expect((await failureOf(getAttachmentFile({ viewer: irina.actor, attachmentId: fileId }))).code).toBe("NOT_FOUND");
    expect(await db().user.findUniqueOrThrow({ where: { id: irina.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db().auditLog.count({ where: { action: "content.auto_hide", targetType: "User" } })).toBe(0);

    // Only one person besides its author can read a private message: the threshold is reachable only when it is 1.
    process.env.COMPLAINT_AUTO_HIDE_THRESHOLD = "1";
    reloadEnv();
    try {
      expect((await report(mark, "CONSULTATION_MESSAGE", privateId, "ABUSE")).autoHidden).toBe(true);
      expect(await db().consultationMessage.findUniqueOrThrow({ where: { id: privateId } })).toMatchObject({
        hiddenReason: AUTO_HIDE_REASON,
      });
    } finally {
      delete process.env.COMPLAINT_AUTO_HIDE_THRESHOLD;
      reloadEnv();
    }
  });
});
