// Work the worker process (worker.ts) does on a timer: deliver the e-mail outbox, write the followers' notifications
// an answer's process left unwritten, write digests, refund and expire consultations, throw away uploads nobody
// attached, and embed new questions for "Similar questions on the topic".
// Never in the web process: the embedding job alone loads the sentence model and an int8 copy of every vector. All
// are safe to run in several workers at once (rows are claimed, deletes are idempotent, the embedding job takes an
// advisory lock), and safe to abandon mid-run: each claims and writes in transactions a lost connection rolls back.
import { purgeOrphanUploads } from "../attachments/purge-orphan-uploads";
import { expireUnpaidConsultations } from "../consultations/expire-unpaid-consultations";
import { refundOverdueConsultations } from "../consultations/refund-overdue-consultations";
import { sendDailyDigests } from "../notifications/send-daily-digests";
import { sendPendingEmails } from "../notifications/send-pending-emails";
import { payOverdueThreadNotices } from "../notifications/thread-notices";
import { sweepExpiredAnsweringLocks } from "../questions/sweep-expired-answering-locks";
import { embedPendingQuestions } from "../search/embed-pending-questions";

const EMAIL_EVERY_MS = 15_000;
/** Followers' notifications an answer or reply still owes when its process could not write them (thread-notices.ts). */
const OVERDUE_NOTICES_EVERY_MS = 15_000;
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

export type BackgroundJobs = {
  /**
   * Stops the timers and waits for running jobs to finish, at most `graceMs`; after that they are abandoned (the
   * caller disconnects and their transactions roll back; the next run picks the work up again).
   */
  stop: (options?: { graceMs?: number }) => Promise<void>;
};

type Job = { timer: NodeJS.Timeout; running: () => Promise<unknown> | undefined };

function every(ms: number, name: string, job: () => Promise<unknown>): Job {
  let running: Promise<unknown> | undefined;
  // Not unref'd: in the worker these timers are what keeps the process alive.
  const timer = setInterval(() => {
    if (running) return;
    running = job()
      .catch((error: unknown) => console.error(`background job "${name}" failed`, error))
      .finally(() => {
        running = undefined;
      });
  }, ms);
  return { timer, running: () => running };
}

/** Starts the timers; the first run of each job is one interval after the start. */
export function startBackgroundJobs(): BackgroundJobs {
  const jobs = [
    every(EMAIL_EVERY_MS, "send e-mail", () => sendPendingEmails()),
    every(OVERDUE_NOTICES_EVERY_MS, "pay overdue thread notifications", () => payOverdueThreadNotices()),
    every(PURGE_EVERY_MS, "purge orphan uploads", () => purgeOrphanUploads()),
    every(EMBED_EVERY_MS, "embed pending questions", () => embedPendingQuestions()),
    every(REFUND_OVERDUE_EVERY_MS, "refund overdue consultations", () => refundOverdueConsultations()),
    every(EXPIRE_UNPAID_EVERY_MS, "expire unpaid consultations", () => expireUnpaidConsultations()),
    every(DIGEST_EVERY_MS, "write daily digests", () => sendDailyDigests()),
    every(SWEEP_LOCKS_EVERY_MS, "sweep expired answering locks", () => sweepExpiredAnsweringLocks()),
  ];
  return {
    stop: async ({ graceMs = 8_000 } = {}) => {
      for (const job of jobs) clearInterval(job.timer);
      const running = jobs.map((job) => job.running()).filter((run) => run !== undefined);
      if (running.length === 0) return;
      let deadline: NodeJS.Timeout | undefined;
      const abandoned = await Promise.race([
        Promise.all(running).then(() => false),
        new Promise<boolean>((resolve) => {
          deadline = setTimeout(() => resolve(true), graceMs);
        }),
      ]);
      clearTimeout(deadline);
      if (abandoned) console.warn(`[worker] abandoned ${running.length} running job(s) after ${graceMs} ms`);
    },
  };
}
