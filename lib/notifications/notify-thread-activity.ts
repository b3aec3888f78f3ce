// Tells the people around a question what happened in it: an answer, a reply, or the question closing.
// Runs inside the caller's transaction: a close and its notifications (and outgoing e-mails) are saved together or
// not at all; an answer or a reply records the debt in its own transaction and pays it here right after
// (thread-notices.ts). sendNotices decides, by each person's e-mail setting, who gets an e-mail now.
import { can } from "../auth/permissions";
import type { Tx } from "../db";
import type { NotificationType, Role } from "../generated/prisma/enums";
import { doctorName } from "../text/doctor-name";
import { excerpt } from "../text/excerpt";
import { appOrigin, clip, type Notice, type SendNoticesResult, sendNotices } from "./send-notices";

export type ThreadActivity =
  | { kind: "answer" | "reply"; questionId: number; messageId: string }
  | { kind: "closed"; questionId: number; closedById: string };

export type NotifyResult = SendNoticesResult;

type Person = { id: string; name: string; role: Role };

const TITLE_MAX = 200;
const SUBJECT_MAX = 200;
const EXCERPT_CHARS = 160;

/**
 * Followers of the question (and, for a reply, its addressee even when not following) get one Notification
 * each (and an e-mail now, in the daily digest or never, as each chose). The person who acted gets nothing.
 * Only the public text of answers and replies is quoted; attachments are never named.
 */
export async function notifyThreadActivity(tx: Tx, activity: ThreadActivity): Promise<NotifyResult> {
  const question = await tx.question.findUniqueOrThrow({
    where: { id: activity.questionId },
    select: { id: true, title: true, authorId: true, shownName: true, hiddenAt: true, closeReason: true },
  });
  const personSelect = { select: { id: true, name: true, role: true } } as const;
  const message =
    activity.kind === "closed"
      ? null
      : await tx.threadMessage.findUniqueOrThrow({
          where: { id: activity.messageId },
          select: { id: true, body: true, author: personSelect, addressee: personSelect },
        });
  const actorId = activity.kind === "closed" ? activity.closedById : (message?.author.id ?? "");

  const recipientSelect = { id: true, name: true, role: true } as const;
  const followers = await tx.follow.findMany({
    where: { questionId: question.id },
    select: { user: { select: recipientSelect } },
  });
  const recipients = new Map<string, Person>(followers.map(({ user }) => [user.id, user]));
  // The person a reply speaks to hears about it even without following the question, and only once.
  if (message?.addressee && !recipients.has(message.addressee.id)) {
    const addressee = await tx.user.findUnique({ where: { id: message.addressee.id }, select: recipientSelect });
    if (addressee) recipients.set(addressee.id, addressee);
  }
  recipients.delete(actorId);
  // A hidden question's title may carry the personal data it was hidden for: only those who may still read it hear of it.
  if (question.hiddenAt !== null) {
    for (const [id, user] of recipients) {
      // Reading depends on who they are (id, role) only; posting rights do not matter here.
      const viewer = {
        id,
        role: user.role,
        status: "ACTIVE",
        suspendedUntil: null,
        doctorVerified: false,
        medicalReviewer: false,
      } as const;
      if (!can(viewer, "question.read", { authorId: question.authorId, status: "OPEN", hidden: true })) {
        recipients.delete(id);
      }
    }
  }
  if (recipients.size === 0) return { notifiedUserIds: [], emailedUserIds: [] };

  // The asker appears under the pseudonym of this question, never under their account name.
  const nameOf = (person: Person) => {
    if (person.id === question.authorId) return question.shownName;
    return person.role === "DOCTOR" ? doctorName(person.name) : person.name;
  };
  const quoted = `“${clip(question.title, 120)}”`;
  const path = `/questions/${question.id}${message ? `#m_${message.id}` : ""}`;
  const type: NotificationType =
    activity.kind === "answer" ? "NEW_ANSWER" : activity.kind === "reply" ? "NEW_REPLY" : "QUESTION_CLOSED";

  const titleFor = (recipient: Person): string => {
    const isAsker = recipient.id === question.authorId;
    if (!message) return isAsker ? "Your question was closed" : `${quoted} was closed`;
    const author = nameOf(message.author);
    if (activity.kind === "answer") return `${author} answered ${isAsker ? "your question" : quoted}`;
    if (message.addressee?.id === recipient.id) return `${author} replied to you`;
    return message.addressee ? `${author} replied to ${nameOf(message.addressee)}` : `${author} replied`;
  };
  const summary = message ? excerpt(message.body, EXCERPT_CHARS) : question.closeReason;

  const link = `${appOrigin()}${path}`;
  const notices: Notice[] = [...recipients.values()].map((recipient) => {
    const title = clip(titleFor(recipient), TITLE_MAX);
    const aboutAsker = recipient.id === question.authorId;
    return {
      userId: recipient.id,
      type,
      title,
      body: summary,
      url: path,
      data: { questionId: question.id, ...(message && { messageId: message.id }) },
      email: {
        // An answer's title already names the question; a reply's does not.
        subject: clip(activity.kind === "reply" && !aboutAsker ? `${title} on ${quoted}` : title, SUBJECT_MAX),
        text: emailText({ headline: title, questionTitle: question.title, summary, link, closed: !message }),
      },
    };
  });
  return sendNotices(tx, notices);
}

function emailText(parts: {
  headline: string;
  questionTitle: string;
  summary: string | null;
  link: string;
  closed: boolean;
}): string {
  const lines = [`${parts.headline}.`, "", `Question: ${parts.questionTitle}`];
  if (parts.summary) lines.push("", parts.closed ? `Reason: ${parts.summary}` : `“${parts.summary}”`);
  lines.push(
    "",
    `${parts.closed ? "See the question" : "Read it and reply"}: ${parts.link}`,
    "",
    "You receive this e-mail because you follow this question or were addressed in it.",
    "You can unfollow the question on its page, or choose a daily digest or no e-mail in your settings.",
  );
  return lines.join("\n");
}
