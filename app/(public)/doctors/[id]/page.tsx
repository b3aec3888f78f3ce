import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DoctorProfileView, ratingLine } from "@/components/doctors/doctor-profile-view";
import { personName } from "@/components/questions/labels";
import { currentActor } from "@/lib/auth/session";
import { cacheThisPage } from "@/lib/cache/page-cache-scope";
import { pageTags } from "@/lib/cache/page-tags";
import { getDoctorProfile } from "@/lib/doctors/get-doctor-profile";
import { isDomainError } from "@/lib/errors";

type DoctorPageProps = { params: Promise<{ id: string }> };

// generateMetadata and the page share one lookup per request.
const loadProfile = cache(async (doctorId: string) => {
  const viewer = await currentActor();
  try {
    return await getDoctorProfile({ viewer, doctorId });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: DoctorPageProps): Promise<Metadata> {
  const { id } = await params;
  const profile = await loadProfile(id);
  const name = personName(profile.name, "DOCTOR");
  const specialties = profile.specialties.map((specialty) => specialty.name).join(", ");
  return {
    title: `${name}, ${specialties}`,
    description: `${name}: ${specialties}, ${profile.university}, ${profile.yearsOfExperience} years of experience. ${profile.answerCount} answers on Consilium; ${ratingLine(profile.rating).toLowerCase()}.`,
    alternates: { canonical: `/doctors/${profile.id}` },
  };
}

export default async function DoctorPage({ params }: DoctorPageProps) {
  const { id } = await params;
  const profile = await loadProfile(id);
  const signedIn = (await currentActor()) !== null;
  if (!signedIn) {
    cacheThisPage([
      pageTags.doctor(profile.id),
      ...profile.recentAnswers.map((answer) => pageTags.question(answer.questionId)),
    ]);
  }
  const complain = { signedIn, returnTo: `/doctors/${profile.id}` };
  return <DoctorProfileView profile={profile} complain={complain} />;
}
