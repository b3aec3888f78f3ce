import { db } from "../db";
import { DomainError } from "../errors";
import { cancelPendingEmails } from "./cancel-pending-emails";
import { userIdOfUnsubscribeToken } from "./unsubscribe-token";

export const BAD_UNSUBSCRIBE_LINK =
  "This unsubscribe link is not valid. Sign in and choose how often we e-mail you in your settings.";

/**
 * Someone followed the unsubscribe link of a notification e-mail (or their mail client's one-click button): that
 * account gets no more notification e-mails (emailFrequency NONE; in-app notifications go on). No sign-in is needed:
 * the signed token is the authority, and it can do nothing but this. E-mails still waiting in the outbox are
 * canceled. Doing it twice changes nothing more.
 */
export async function unsubscribeFromEmail({ token }: { token: string }): Promise<{ changed: boolean }> {
  const userId = userIdOfUnsubscribeToken(token);
  if (!userId) throw new DomainError("NOT_FOUND", BAD_UNSUBSCRIBE_LINK);
  const count = await db().$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: userId, emailFrequency: { not: "NONE" } },
      data: { emailFrequency: "NONE" },
    });
    await cancelPendingEmails(tx, userId);
    return changed.count;
  });
  if (count === 0 && !(await db().user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    throw new DomainError("NOT_FOUND", BAD_UNSUBSCRIBE_LINK);
  }
  return { changed: count > 0 };
}
