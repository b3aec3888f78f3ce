import type { Tx } from "../db";

/**
 * A person just chose no e-mail: what is still waiting in the outbox for them is not sent either. A row a sender has
 * already claimed (its lease pushed sendAfter ahead) may still go out once; that is the only one.
 */
export async function cancelPendingEmails(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.emailOutbox.updateMany({
    where: { userId, state: "PENDING" },
    data: { state: "CANCELED" },
  });
  return count;
}
