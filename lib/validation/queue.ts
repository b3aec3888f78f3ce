// The doctor queue's filters, from the page's query string: anything malformed falls back to "no filter".
import { z } from "zod";
import { MAX_INT4 } from "./row-id";

const flag = z
  .enum(["1", "true", "on"])
  .optional()
  .catch(undefined)
  .transform((value) => value !== undefined);

export const ZDoctorQueueFilter = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  specialtyId: z.coerce.number().int().positive().max(MAX_INT4).optional().catch(undefined),
  hasAttachments: flag,
  paid: flag,
});
export type TDoctorQueueFilter = z.infer<typeof ZDoctorQueueFilter>;
