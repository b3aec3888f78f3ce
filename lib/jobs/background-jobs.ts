// Work the web process does on a timer: deliver the e-mail outbox, throw away uploads nobody attached, and embed
// new questions for "Similar questions on the topic". All are safe to run in several processes at once (rows are
// claimed, deletes are idempotent, the embedding job takes an advisory lock).
import { purgeOrphanUploads } from "../attachments/purge-orphan-uploads";
import { expireUnpaidConsultations } from "../consultations/expire-unpaid-consultations";
import { refundOverdueConsultations } from "../consultations/refund-overdue-consultations";
import { sendDailyDigests } from "../notifications/send-daily-digests";
import { sendPendingEmails } from "../notifications/send-pending-emails";
import { sweepExpiredAnsweringLocks } from "../questions/sweep-expired-answering-locks";
import { embedPendingQuestions } from "../search/embed-pending-questions";

const EMAIL_EVERY_MS = 15_000;
const PURGE_EVERY_MS = 60 * 60 * 1000;
/** A new question gets its similar questions within seconds; a run with nothing pending is one cheap query. */
const EMBED_EVERY_MS = 5_000;
/** Unanswered paid consultations are refunded within a minute of their deadline (and failed refunds retried). */
const REFUND_OVERDUE_EVERY_MS = 60_000;
const EXPIRE_UNPAID_EVERY_MS = 60 * 60 * 1000;
/** Digests are due once a day after DIGEST_HOUR_UTC; a run with nobody due is one cheap query. */
const DIGEST_EVERY_MS = 10 * 60 * 1000;
/** Expired "is answering" locks are already ignored by readers; sweeping them only keeps the table small. */
const SWEEP_LOCKS_EVERY_MS = 60_000;

function every(ms: number, name: string, job: () => Promise<unknown>): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => console.error(`background job "${name}" failed`, error))
      .finally(() => {
        running = false;
      });
  }, ms);
  timer.unref();
  return timer;
}

/** Starts the timers; returns a function that stops them. */
export function startBackgroundJobs(): () => void {
  const timers = [
    every(EMAIL_EVERY_MS, "send e-mail", () => sendPendingEmails()),
    every(PURGE_EVERY_MS, "purge orphan uploads", () => purgeOrphanUploads()),
    every(EMBED_EVERY_MS, "embed pending questions", () => embedPendingQuestions()),
    every(REFUND_OVERDUE_EVERY_MS, "refund overdue consultations", () => refundOverdueConsultations()),
    every(EXPIRE_UNPAID_EVERY_MS, "expire unpaid consultations", () => expireUnpaidConsultations()),
    every(DIGEST_EVERY_MS, "write daily digests", () => sendDailyDigests()),
    every(SWEEP_LOCKS_EVERY_MS, "sweep expired answering locks", () => sweepExpiredAnsweringLocks()),
  ];
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
