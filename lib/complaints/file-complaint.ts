import { recordAudit } from "../audit/record-audit";
import { can, type Viewer } from "../auth/permissions";
import { invalidatePages } from "../cache/invalidate-pages";
import { db, type Tx } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { waitDescription } from "../limits/assert-within-limits";
import { sendNotices } from "../notifications/send-notices";
import { publishQuestionStatus } from "../realtime/publish-thread-message";
import { ZFileComplaint } from "../validation/complaint";
import { parseInput } from "../validation/parse-input";
import { targetPath } from "./complaint-outcome-notices";
import { complaintTargetPageTags } from "./complaint-target-page-tags";
import { setTargetHidden } from "./hide-target";
import {
  AUTO_HIDE_REASON,
  type ComplaintTarget,
  loadComplaintTarget,
  lockComplaintTarget,
} from "./load-complaint-target";
import { AUDIT_TARGET_TYPE, AUTO_HIDE_AUDIT_ACTION, targetNoun } from "./moderation-action-rules";

export type FileComplaintOptions = {
  actor: Viewer;
  /** The dialog's values; parsed here with ZFileComplaint. */
  input: unknown;
  now?: Date;
};

export type FiledComplaint = {
  complaintId: string;
  /** What the complaint is about: a USER target when the reporter chose "its author". */
  targetType: ComplaintTarget["targetType"];
  targetId: string;
  /** This complaint brought the target to the threshold, and it is now hidden until a moderator decides. */
  autoHidden: boolean;
};

export const ALREADY_REPORTED = "You have already reported this; a moderator will look at it.";
const NOT_AVAILABLE = "This is no longer available to report.";
const HOUR_MS = 60 * 60 * 1000;

/**
 * Any signed-in person reports a question, a message, a private message, a file or a person, once while the
 * report is pending. Nobody reports their own posts or what they cannot see (NOT_FOUND). In one transaction:
 * the complaint and, when pending reports from COMPLAINT_AUTO_HIDE_THRESHOLD different people are on the target,
 * hiding it until a moderator decides, on record in the audit log and told to its author.
 */
export async function fileComplaint({ actor, input, now = new Date() }: FileComplaintOptions): Promise<FiledComplaint> {
  if (!actor || !can(actor, "complaint.file")) throw new DomainError("FORBIDDEN", "Sign in to report something.");
  const { targetType, targetId, reason, note, about } = parseInput(ZFileComplaint, input);

  const filed = await db()
    .$transaction(async (tx) => {
      const content = await loadComplaintTarget(tx, { targetType, targetId });
      if (!content?.readableBy(actor)) throw new DomainError("NOT_FOUND", NOT_AVAILABLE);
      const aboutAuthor = about === "AUTHOR" && targetType !== "USER";
      const target = aboutAuthor ? content.author && (await userTarget(tx, content.author.id)) : content;
      if (!target) throw new DomainError("NOT_FOUND", NOT_AVAILABLE);
      if (target.author?.id === actor.id) {
        throw new DomainError(
          "FORBIDDEN",
          target.targetType === "USER" ? "You cannot report yourself." : "You cannot report your own post.",
        );
      }

      await lockComplaintTarget(tx, target);
      const existing = await tx.complaint.findFirst({
        where: { reporterId: actor.id, targetType: target.targetType, targetId: target.targetId, state: "PENDING" },
        select: { id: true },
      });
      if (existing) throw new DomainError("CONFLICT", ALREADY_REPORTED);
      await assertComplaintLimit(tx, actor.id, now);

      const complaint = await tx.complaint.create({
        data: {
          reporterId: actor.id,
          targetType: target.targetType,
          targetId: target.targetId,
          // A report about an author keeps the question it came from: the queue links it and filters by its specialty.
          ...(aboutAuthor ? { questionId: content.links.questionId } : target.links),
          targetAuthorId: target.author?.id ?? null,
          reason,
          note: note ?? null,
          createdAt: now,
        },
        select: { id: true },
      });
      const autoHidden = await hideAtThreshold(tx, target, now);
      return {
        complaintId: complaint.id,
        targetType: target.targetType,
        targetId: target.targetId,
        autoHidden,
        target,
      };
    })
    .catch((error: unknown) => {
      // The partial unique index Complaint_open_per_reporter_key decides when two submits race.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new DomainError("CONFLICT", ALREADY_REPORTED);
      }
      throw error;
    });

  const { target, ...result } = filed;
  if (result.autoHidden && target.question) await publishQuestionStatus({ questionId: target.question.id });
  if (result.autoHidden) await invalidatePages(complaintTargetPageTags(target));
  return result;
}

async function userTarget(tx: Tx, userId: string): Promise<ComplaintTarget | null> {
  return loadComplaintTarget(tx, { targetType: "USER", targetId: userId });
}

/** COMPLAINTS_PER_HOUR per reporter, counted from the complaints themselves (resolved ones too). */
async function assertComplaintLimit(tx: Tx, reporterId: string, now: Date): Promise<void> {
  // Two reports sent at once by one person are counted one after the other.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`complaints:${reporterId}`}))`;
  const limit = env().COMPLAINTS_PER_HOUR;
  const recent = await tx.complaint.findMany({
    where: { reporterId, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  const oldestCounted = recent.length >= limit ? recent[limit - 1] : undefined;
  if (oldestCounted) {
    const wait = waitDescription(oldestCounted.createdAt.getTime() + HOUR_MS - now.getTime());
    throw new DomainError(
      "RATE_LIMITED",
      `You have sent ${limit} ${limit === 1 ? "report" : "reports"} in the last hour, the most we accept. ` +
        `You can report again in ${wait}.`,
    );
  }
}

/**
 * Hides content (never a person) once pending complaints from enough different people are on it. One person
 * reporting twice counts once; content already hidden or deleted is left as it is.
 */
async function hideAtThreshold(tx: Tx, target: ComplaintTarget, now: Date): Promise<boolean> {
  if (target.targetType === "USER" || target.hidden !== null || target.deleted) return false;
  const pending = await tx.complaint.findMany({
    where: { targetType: target.targetType, targetId: target.targetId, state: "PENDING" },
    select: { id: true, reporterId: true },
  });
  const reporters = new Set(pending.map((complaint) => complaint.reporterId)).size;
  if (reporters < env().COMPLAINT_AUTO_HIDE_THRESHOLD) return false;

  await setTargetHidden(tx, target, { reason: AUTO_HIDE_REASON, byId: null }, now);
  await recordAudit(tx, {
    actorId: null,
    action: AUTO_HIDE_AUDIT_ACTION,
    targetType: AUDIT_TARGET_TYPE[target.targetType],
    targetId: target.targetId,
    before: { hidden: false },
    after: { hidden: true, hiddenReason: AUTO_HIDE_REASON, reporters, complaintIds: pending.map((c) => c.id) },
    reason: `Pending complaints from ${reporters} different people.`,
    at: now,
  });
  if (target.author) {
    const noun = targetNoun(target).replace(/^the /, "");
    await sendNotices(tx, [
      {
        userId: target.author.id,
        type: "CONTENT_HIDDEN",
        title: `Your ${noun} is hidden until a moderator reviews it`,
        body: `${AUTO_HIDE_REASON}. You can still see it; a moderator will restore it if the reports were mistaken.`,
        url: targetPath(target),
        data: { targetType: target.targetType, targetId: target.targetId, automatic: true },
      },
    ]);
  }
  return true;
}
