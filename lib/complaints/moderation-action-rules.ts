// The rules of what a moderator may do with a reported target, shared by the queue (which offers them) and
// resolveComplaints (which refuses anything else), plus the names decisions are recorded under.
import type { ComplaintResolution, ComplaintTargetType } from "../generated/prisma/enums";
import type { MODERATION_ACTIONS } from "../validation/complaint";
import { type ComplaintTarget, isAutoHidden } from "./load-complaint-target";

export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const RESOLUTION_OF: Record<ModerationAction, ComplaintResolution> = {
  DISMISS: "DISMISSED",
  HIDE: "CONTENT_HIDDEN",
  RESTORE: "CONTENT_RESTORED",
  DELETE_ATTACHMENT: "ATTACHMENT_DELETED",
  WARN_AUTHOR: "AUTHOR_WARNED",
  SUSPEND_AUTHOR: "AUTHOR_SUSPENDED",
  CLOSE_QUESTION: "QUESTION_CLOSED",
};

/** AuditLog.action of each decision (the audit page lists these names). */
export const AUDIT_ACTION_OF: Record<ModerationAction, string> = {
  DISMISS: "complaint.dismiss",
  HIDE: "content.hide",
  RESTORE: "content.restore",
  DELETE_ATTACHMENT: "attachment.delete",
  WARN_AUTHOR: "user.warn",
  SUSPEND_AUTHOR: "user.suspend",
  CLOSE_QUESTION: "question.close",
};
export const AUTO_HIDE_AUDIT_ACTION = "content.auto_hide";

/** AuditLog.targetType of each kind of target: the table the row lives in. */
export const AUDIT_TARGET_TYPE: Record<ComplaintTargetType, string> = {
  QUESTION: "Question",
  MESSAGE: "ThreadMessage",
  CONSULTATION_MESSAGE: "ConsultationMessage",
  ATTACHMENT: "Attachment",
  USER: "User",
};

/** Decisions that proved the reporters right; they count against the author in the queue's history. */
export const UPHELD_RESOLUTIONS: readonly ComplaintResolution[] = [
  "CONTENT_HIDDEN",
  "ATTACHMENT_DELETED",
  "AUTHOR_WARNED",
  "AUTHOR_SUSPENDED",
  "QUESTION_CLOSED",
];

/** Dismissing and restoring need no reason: nothing is taken from anyone. */
export const ACTIONS_WITHOUT_REASON: readonly ModerationAction[] = ["DISMISS", "RESTORE"];

const isStaffRole = (role: string) => role === "MODERATOR" || role === "ADMIN";

/** What a moderator can do with this target now, in the order the form offers it. */
export function availableActions(target: ComplaintTarget): ModerationAction[] {
  const actions: ModerationAction[] = ["DISMISS"];
  const content = target.targetType !== "USER";
  // An automatic hide can be confirmed by a moderator, which puts their reason in its place.
  if (content && !target.deleted && (target.hidden === null || isAutoHidden(target))) actions.push("HIDE");
  if (content && !target.deleted && target.hidden !== null) actions.push("RESTORE");
  if (target.targetType === "ATTACHMENT" && !target.deleted) actions.push("DELETE_ATTACHMENT");
  if (target.author) {
    actions.push("WARN_AUTHOR");
    // Staff accounts are an administrator's to manage, not something one moderator suspends from the queue.
    if (!isStaffRole(target.author.role)) actions.push("SUSPEND_AUTHOR");
  }
  if (content && target.question && target.question.status === "OPEN" && !target.question.deleted) {
    actions.push("CLOSE_QUESTION");
  }
  return actions;
}

/** "the answer", "the file": how notifications and forms name the target. */
export function targetNoun(target: Pick<ComplaintTarget, "targetType" | "messageKind">): string {
  switch (target.targetType) {
    case "QUESTION":
      return "the question";
    case "MESSAGE":
      return target.messageKind === "REPLY" ? "the reply" : "the answer";
    case "CONSULTATION_MESSAGE":
      return "the private message";
    case "ATTACHMENT":
      return "the file";
    case "USER":
      return "the account";
  }
}
