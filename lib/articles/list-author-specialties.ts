import { db } from "../db";
import type { SpecialtyOption } from "../specialties/list-specialties";
import { PRIMARY_SPECIALTY_FIRST } from "../specialties/primary-first";

/** The specialties a doctor may publish under: their own, primary first. */
export async function listAuthorSpecialties(doctorId: string): Promise<SpecialtyOption[]> {
  const rows = await db().doctorSpecialty.findMany({
    where: { doctorId },
    orderBy: PRIMARY_SPECIALTY_FIRST,
    select: { specialty: { select: { id: true, slug: true, name: true, field: true } } },
  });
  return rows.map((row) => row.specialty);
}
