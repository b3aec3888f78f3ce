import { db } from "../db";
import { getMailTransport } from "../mail/get-mail-transport";
import type { MailMessage, MailTransport } from "../mail/mail-transport";
import { appOrigin } from "./send-notices";
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from "./unsubscribe-token";

export type SendPendingEmailsOptions = {
  /** At most this many e-mails per run. */
  limit?: number;
  now?: Date;
  /** Defaults to getMailTransport(); tests pass a recording one. */
  transport?: MailTransport;
};

export type SendPendingEmailsResult = {
  /** Rows this run claimed: sent + retrying + failed. */
  claimed: number;
  sent: number;
  /** Delivery failed; tried again after a backoff. */
  retrying: number;
  /** Delivery failed for the last allowed time; the row stays FAILED. */
  failed: number;
};

export const MAX_ATTEMPTS = 5;
/**
 * A claimed row is not offered to another sender for this long, which must exceed any one delivery
 * (nodemailer gives up on a connection well within it). A sender that dies mid-run leaves its rows to
 * be picked up again once the lease runs out.
 */
const LEASE_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

type ClaimedEmail = {
  id: string;
  userId: string | null;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
};

/**
 * Delivers e-mails waiting in the outbox. Rows are claimed in one statement (FOR UPDATE SKIP LOCKED, then
 * their sendAfter pushed past a lease), so senders running at the same time never take the same row and no
 * transaction stays open while a mail server is talked to. A failed delivery is retried after
 * 2^attempts minutes, and marked FAILED after MAX_ATTEMPTS attempts.
 */
export async function sendPendingEmails({
  limit = 50,
  now = new Date(),
  transport = getMailTransport(),
}: SendPendingEmailsOptions = {}): Promise<SendPendingEmailsResult> {
  const result: SendPendingEmailsResult = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  if (!Number.isSafeInteger(limit) || limit < 1) return result;
  const client = db();
  const leaseUntil = new Date(now.getTime() + LEASE_MS);

  const claimed = await client.$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailOutbox" SET "sendAfter" = ${leaseUntil}
     WHERE id IN (
       SELECT id FROM "EmailOutbox"
        WHERE state = 'PENDING' AND "sendAfter" <= ${now}
        ORDER BY "sendAfter", "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "userId", "toAddress", subject, "textBody", "htmlBody", attempts`;
  result.claimed = claimed.length;

  for (const email of claimed) {
    try {
      await transport.send(messageOf(email));
    } catch (error) {
      const attempts = email.attempts + 1;
      const gaveUp = attempts >= MAX_ATTEMPTS;
      await client.emailOutbox.update({
        where: { id: email.id },
        data: {
          attempts,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          ...(gaveUp ? { state: "FAILED" } : { sendAfter: new Date(now.getTime() + 2 ** attempts * MINUTE_MS) }),
        },
      });
      if (gaveUp) {
        result.failed += 1;
        console.error(`[mail] gave up on e-mail ${email.id} after ${attempts} attempts`, error);
      } else {
        result.retrying += 1;
      }
      continue;
    }
    await client.emailOutbox.update({ where: { id: email.id }, data: { state: "SENT", sentAt: new Date() } });
    result.sent += 1;
  }
  return result;
}

/**
 * The e-mail as sent. Mail to a person carries their unsubscribe link in the text and as List-Unsubscribe with
 * RFC 8058 one-click, which large mailbox providers expect of anyone sending notifications.
 */
function messageOf(email: ClaimedEmail): MailMessage {
  const message: MailMessage = {
    to: email.toAddress,
    subject: email.subject,
    text: email.textBody,
    ...(email.htmlBody !== null && { html: email.htmlBody }),
  };
  if (!email.userId) return message;
  const origin = appOrigin();
  return {
    ...message,
    text: `${email.textBody}\n\nStop all e-mails from Consilium: ${unsubscribePageUrl(origin, email.userId)}`,
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(origin, email.userId)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
