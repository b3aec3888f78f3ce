import { db } from "../db";
import type { SpecialtyOption } from "../specialties/list-specialties";

/** The specialties a doctor may publish under: their own, primary first. */
export async function listAuthorSpecialties(doctorId: string): Promise<SpecialtyOption[]> {
  const rows = await db().doctorSpecialty.findMany({
    where: { doctorId },
    orderBy: [{ isPrimary: "desc" }, { specialty: { sortOrder: "asc" } }, { specialty: { name: "asc" } }],
    select: { specialty: { select: { id: true, slug: true, name: true, field: true } } },
  });
  return rows.map((row) => row.specialty);
}
