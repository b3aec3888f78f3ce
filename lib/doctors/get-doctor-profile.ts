import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { PRIMARY_SPECIALTY_FIRST } from "../specialties/primary-first";
import { excerpt } from "../text/excerpt";
import { doctorPhotoUrl } from "./doctor-photo-url";

export type DoctorProfileAnswer = {
  messageId: string;
  questionId: number;
  questionTitle: string;
  excerpt: string;
  createdAt: Date;
};

export type DoctorRatingComment = { patientFirstName: string; stars: number; comment: string; ratedAt: Date };

export type PublicDoctorProfile = {
  id: string;
  name: string;
  /** Practitioner titles, primary first. */
  specialties: { name: string; slug: string; isPrimary: boolean }[];
  university: string;
  degree: string | null;
  yearsOfExperience: number;
  bio: string | null;
  verifiedAt: Date | null;
  /** Null: the profile shows initials. */
  photoUrl: string | null;
  /** Visible answers on visible questions. */
  answerCount: number;
  /** Patients who thanked the doctor for a visible answer. */
  thanksCount: number;
  /** Other doctors who agreed with a visible answer. */
  agreeCount: number;
  rating: { average: number; count: number } | null;
  ratingComments: DoctorRatingComment[];
  recentAnswers: DoctorProfileAnswer[];
  /** Null when the doctor takes no private consultations. */
  offer: { priceMinor: number; currency: string } | null;
  /** The viewer is this doctor (no "consult privately" with oneself). */
  viewerIsDoctor: boolean;
  /** Staff, who may take down an unsuitable photo or introduction. */
  viewerModeratesProfile: boolean;
};

export const NO_SUCH_DOCTOR = "This doctor does not exist or has no public profile.";

const RECENT_ANSWERS = 5;
const RATING_COMMENTS = 5;

/** The answers the public may see: not hidden or deleted, on a question that is neither. */
export const visibleAnswersBy = (doctorId: string): Prisma.ThreadMessageWhereInput => ({
  authorId: doctorId,
  kind: "ANSWER",
  hiddenAt: null,
  deletedAt: null,
  question: { hiddenAt: null, deletedAt: null },
});

const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? name;
// The excerpt is plain text: markers of the Markdown subset would show as stray characters.
const plain = (body: string) => body.replace(/^#{1,6}\s+/gm, "").replace(/\*\*?|^\s*(?:-|\d+\.)\s+/gm, "");

/**
 * A doctor's public profile: who they are, what they answered, how patients and colleagues rated them, and whether
 * they take private consultations. Only VERIFIED doctors have one; everyone else is NOT_FOUND.
 */
export async function getDoctorProfile({
  viewer,
  doctorId,
}: {
  viewer: Viewer;
  doctorId: string;
}): Promise<PublicDoctorProfile> {
  if (doctorId.length === 0 || doctorId.length > 40) throw new DomainError("NOT_FOUND", NO_SUCH_DOCTOR);
  const profile = await db().doctorProfile.findUnique({
    where: { userId: doctorId },
    select: {
      university: true,
      degree: true,
      yearsOfExperience: true,
      bio: true,
      verification: true,
      verifiedAt: true,
      photoUpdatedAt: true,
      offersConsultations: true,
      consultationPriceMinor: true,
      consultationCurrency: true,
      user: { select: { name: true, role: true } },
      specialties: {
        select: { isPrimary: true, specialty: { select: { name: true, slug: true } } },
        orderBy: PRIMARY_SPECIALTY_FIRST,
      },
    },
  });
  if (profile?.verification !== "VERIFIED" || profile.user.role !== "DOCTOR") {
    throw new DomainError("NOT_FOUND", NO_SUCH_DOCTOR);
  }

  const visible = visibleAnswersBy(doctorId);
  const [answerCount, thanksCount, agreeCount, rating, comments, answers] = await Promise.all([
    db().threadMessage.count({ where: visible }),
    db().messageReaction.count({ where: { kind: "THANKS", message: visible } }),
    db().messageReaction.count({ where: { kind: "AGREE", message: visible } }),
    db().consultation.aggregate({
      where: { doctorId, rating: { not: null } },
      _avg: { rating: true },
      _count: { rating: true },
    }),
    db().consultation.findMany({
      where: { doctorId, rating: { not: null }, ratingComment: { not: null }, ratedAt: { not: null } },
      orderBy: [{ ratedAt: "desc" }, { id: "desc" }],
      take: RATING_COMMENTS,
      select: { rating: true, ratingComment: true, ratedAt: true, patient: { select: { name: true } } },
    }),
    db().threadMessage.findMany({
      where: visible,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_ANSWERS,
      select: { id: true, body: true, createdAt: true, question: { select: { id: true, title: true } } },
    }),
  ]);

  const ratedCount = rating._count.rating;
  return {
    id: doctorId,
    name: profile.user.name,
    specialties: profile.specialties.map((entry) => ({ ...entry.specialty, isPrimary: entry.isPrimary })),
    university: profile.university,
    degree: profile.degree,
    yearsOfExperience: profile.yearsOfExperience,
    bio: profile.bio,
    verifiedAt: profile.verifiedAt,
    photoUrl: doctorPhotoUrl(doctorId, profile.photoUpdatedAt),
    answerCount,
    thanksCount,
    agreeCount,
    rating: ratedCount > 0 ? { average: rating._avg.rating ?? 0, count: ratedCount } : null,
    ratingComments: comments
      .filter((row) => row.ratingComment?.trim())
      .map((row) => ({
        patientFirstName: firstNameOf(row.patient.name),
        stars: row.rating ?? 0,
        comment: row.ratingComment?.trim() ?? "",
        ratedAt: row.ratedAt ?? new Date(0),
      })),
    recentAnswers: answers.map((answer) => ({
      messageId: answer.id,
      questionId: answer.question.id,
      questionTitle: answer.question.title,
      excerpt: excerpt(plain(answer.body), 220),
      createdAt: answer.createdAt,
    })),
    offer:
      profile.offersConsultations && profile.consultationPriceMinor !== null
        ? { priceMinor: profile.consultationPriceMinor, currency: profile.consultationCurrency }
        : null,
    viewerIsDoctor: viewer?.id === doctorId,
    viewerModeratesProfile: can(viewer, "doctor.profile.moderate"),
  };
}
