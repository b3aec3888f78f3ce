import { db } from "../db";

export type SpecialtyOption = { id: number; slug: string; name: string; field: string };

/** Every specialty, in the order the editors chose, for pickers and filters. */
export async function listSpecialties(): Promise<SpecialtyOption[]> {
  return db().specialty.findMany({
    select: { id: true, slug: true, name: true, field: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
