import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type AuditEntry = {
  /** Null only for what the system does by itself (e.g. hiding after several complaints). */
  actorId: string | null;
  /** Dotted verb, e.g. "complaint.resolve", "content.hide", "user.suspend", "doctor.verify". */
  action: string;
  targetType: string;
  targetId: string | number;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  reason?: string | null;
  at?: Date;
};

/**
 * Appends to the audit log inside the caller's transaction, so an action and its record commit or fail
 * together. The table refuses UPDATE and DELETE (a trigger in the first migration): entries are final.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      before: entry.before,
      after: entry.after,
      reason: entry.reason ?? null,
      ...(entry.at && { createdAt: entry.at }),
    },
  });
}
