import { db } from "../db";
import { doctorPhotoUrl } from "./doctor-photo-url";

export type ListConsultingDoctorsOptions = {
  specialtyId: number;
  /** Left out of the list: the doctor the patient is coming from (e.g. the one who did not answer in time). */
  excludeDoctorId?: string;
  limit?: number;
};

export type ConsultingDoctor = {
  id: string;
  name: string;
  university: string;
  yearsOfExperience: number;
  priceMinor: number;
  currency: string;
  /** Mean of the patients' ratings (1–5), null before the first one. */
  ratingAverage: number | null;
  ratingCount: number;
  /** Null: initials. */
  photoUrl: string | null;
};

type ConsultingDoctorRow = Omit<ConsultingDoctor, "photoUrl"> & { photoUpdatedAt: Date | null };

/**
 * Verified, not suspended doctors of a specialty who offer private consultations at a price, best rated first
 * (then the most rated, then the most experienced, then the newest — so a newcomer is not always last among equals).
 * Ordered and cut in the database, so a specialty with many doctors still gets its best rated.
 */
export async function listConsultingDoctors({
  specialtyId,
  excludeDoctorId,
  limit = 5,
}: ListConsultingDoctorsOptions): Promise<ConsultingDoctor[]> {
  const now = new Date();
  const rows = await db().$queryRaw<ConsultingDoctorRow[]>`
    SELECT u.id, u.name, p.university, p."yearsOfExperience",
           p."consultationPriceMinor" AS "priceMinor", p."consultationCurrency" AS currency, p."photoUpdatedAt",
           r.average AS "ratingAverage", r.count AS "ratingCount"
      FROM "User" u
      JOIN "DoctorProfile" p ON p."userId" = u.id
      CROSS JOIN LATERAL (
        SELECT avg(c.rating)::float8 AS average, count(c.rating)::int AS count
          FROM "Consultation" c
         WHERE c."doctorId" = u.id AND c.rating IS NOT NULL
      ) r
     WHERE u.role = 'DOCTOR'
       AND u.id <> ${excludeDoctorId ?? ""}
       AND (u.status <> 'SUSPENDED' OR u."suspendedUntil" <= ${now})
       AND p.verification = 'VERIFIED'
       AND p."offersConsultations"
       AND p."consultationPriceMinor" IS NOT NULL
       AND EXISTS (SELECT 1 FROM "DoctorSpecialty" s WHERE s."doctorId" = u.id AND s."specialtyId" = ${specialtyId})
     ORDER BY coalesce(r.average, 0) DESC, r.count DESC, p."yearsOfExperience" DESC, u."createdAt" DESC, u.id
     LIMIT ${limit}`;
  return rows.map(({ photoUpdatedAt, ...doctor }) => ({
    ...doctor,
    photoUrl: doctorPhotoUrl(doctor.id, photoUpdatedAt),
  }));
}
