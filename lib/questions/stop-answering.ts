import { db } from "../db";

/** Any signed-in actor (or just their id, when a socket disconnects): only their own lock can go. */
export type StopAnsweringOptions = { actor: { id: string } | null; questionId: number };

/**
 * The doctor stopped writing (posted, emptied the form and left it, left the page, or disconnected): their soft lock
 * goes. Only one's own lock can be removed, so there is nothing else to check. True when a lock was removed.
 */
export async function stopAnswering({ actor, questionId }: StopAnsweringOptions): Promise<boolean> {
  if (!actor || !Number.isSafeInteger(questionId)) return false;
  const { count } = await db().answeringLock.deleteMany({ where: { questionId, doctorId: actor.id } });
  return count > 0;
}
