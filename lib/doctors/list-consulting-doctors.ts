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

/**
 * Verified, not suspended doctors of a specialty who offer private consultations at a price, best rated first
 * (then the most rated, then the most experienced).
 */
export async function listConsultingDoctors({
  specialtyId,
  excludeDoctorId,
  limit = 5,
}: ListConsultingDoctorsOptions): Promise<ConsultingDoctor[]> {
  const now = new Date();
  const doctors = await db().user.findMany({
    where: {
      role: "DOCTOR",
      ...(excludeDoctorId && { id: { not: excludeDoctorId } }),
      OR: [{ status: { not: "SUSPENDED" } }, { suspendedUntil: { lte: now } }],
      doctorProfile: {
        verification: "VERIFIED",
        offersConsultations: true,
        consultationPriceMinor: { not: null },
        specialties: { some: { specialtyId } },
      },
    },
    select: {
      id: true,
      name: true,
      doctorProfile: {
        select: {
          university: true,
          yearsOfExperience: true,
          consultationPriceMinor: true,
          consultationCurrency: true,
          photoUpdatedAt: true,
        },
      },
    },
    take: 100,
  });
  const ratings = await db().consultation.groupBy({
    by: ["doctorId"],
    where: { doctorId: { in: doctors.map((doctor) => doctor.id) }, rating: { not: null } },
    _avg: { rating: true },
    _count: { rating: true },
  });
  const ratingOf = new Map(ratings.map((entry) => [entry.doctorId, entry]));
  return doctors
    .flatMap((doctor) => {
      const profile = doctor.doctorProfile;
      if (!profile || profile.consultationPriceMinor === null) return [];
      const rating = ratingOf.get(doctor.id);
      return [
        {
          id: doctor.id,
          name: doctor.name,
          university: profile.university,
          yearsOfExperience: profile.yearsOfExperience,
          priceMinor: profile.consultationPriceMinor,
          currency: profile.consultationCurrency,
          ratingAverage: rating?._avg.rating ?? null,
          ratingCount: rating?._count.rating ?? 0,
          photoUrl: doctorPhotoUrl(doctor.id, profile.photoUpdatedAt),
        },
      ];
    })
    .sort(
      (a, b) =>
        (b.ratingAverage ?? 0) - (a.ratingAverage ?? 0) ||
        b.ratingCount - a.ratingCount ||
        b.yearsOfExperience - a.yearsOfExperience,
    )
    .slice(0, limit);
}
