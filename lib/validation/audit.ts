// Shared by the audit log page (its filter form and links) and listAuditLog.
import { z } from "zod";

/** A search box: trimmed, empty means "no filter", anything malformed is ignored rather than refused. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined)
    .catch(undefined);

/** A calendar day as an <input type="date"> sends it; the log is shown and filtered in UTC. */
const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const ZAuditLogFilter = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** Exact action, e.g. "doctor.verify". */
  action: optionalText(80),
  /** Part of the actor's e-mail or name, any case. */
  who: optionalText(254),
  /** Exact target type, e.g. "Question"; with targetId, one object's history. */
  targetType: optionalText(40),
  targetId: optionalText(40),
  /** First and last day included (UTC). */
  from: optionalDay,
  to: optionalDay,
});
export type TAuditLogFilter = z.infer<typeof ZAuditLogFilter>;
