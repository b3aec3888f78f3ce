import { Clock, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartConsultationForm } from "@/components/consultations/start-consultation-form";
import { personName } from "@/components/questions/labels";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getDoctorProfile } from "@/lib/doctors/get-doctor-profile";
import { env } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/payments/format-money";
import { getQuestionThread } from "@/lib/questions/get-question-thread";

export const metadata: Metadata = {
  title: "Private consultation",
  description: "Ask one doctor privately: describe what worries you, attach your test results, and pay.",
  robots: { index: false },
};

type NewConsultationPageProps = { searchParams: Promise<{ doctor?: string; question?: string }> };

/** The title of the public question the patient came from, if they may read it. */
async function sourceQuestionOf(viewer: Awaited<ReturnType<typeof requireUser>>, raw: string | undefined) {
  if (!raw || !/^\d{1,10}$/.test(raw)) return null;
  try {
    const { question } = await getQuestionThread({ viewer, questionId: Number(raw) });
    return { id: question.id, title: question.title };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function NewConsultationPage({ searchParams }: NewConsultationPageProps) {
  const { doctor: doctorId = "", question } = await searchParams;
  const returnTo = `/consultations/new?${new URLSearchParams({ doctor: doctorId, ...(question && { question }) })}`;
  const actor = await requireUser(returnTo);

  let profile: Awaited<ReturnType<typeof getDoctorProfile>>;
  try {
    profile = await getDoctorProfile({ viewer: actor, doctorId });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const name = personName(profile.name, "DOCTOR");
  const primary = profile.specialties[0]?.name ?? "Doctor";

  const heading = (
    <div>
      <h1 className="text-3xl font-bold">Private consultation</h1>
      <p className="mt-2 text-muted">Only you and the doctor see what you write here and the files you attach.</p>
    </div>
  );

  if (!can(actor, "consultation.start")) {
    return (
      <div className="flex flex-col gap-4">
        {heading}
        <Alert tone="info" title="Private consultations are booked from patient accounts">
          <p>
            {actor.role === "PATIENT"
              ? "Your account is suspended for now, so you cannot book a consultation."
              : "Doctors and staff cannot book private consultations. To ask a doctor privately, use a patient account."}{" "}
            <Link href={`/doctors/${profile.id}`}>Back to {name}’s profile</Link>
          </p>
        </Alert>
      </div>
    );
  }

  if (!profile.offer || profile.viewerIsDoctor) {
    return (
      <div className="flex flex-col gap-4">
        {heading}
        <Alert tone="info" title={`${name} does not take private consultations at the moment`}>
          <p>
            Nothing was booked and nothing is charged. You can still{" "}
            <Link href={`/ask?specialty=${profile.specialties[0]?.slug ?? ""}`}>ask a public question</Link>, which
            doctors of this specialty answer for free, or{" "}
            <Link href={`/doctors/${profile.id}`}>see {name}’s profile</Link>.
          </p>
        </Alert>
      </div>
    );
  }

  const price = formatMoney(profile.offer.priceMinor, profile.offer.currency);
  const hours = env().CONSULTATION_ANSWER_HOURS;
  const sourceQuestion = await sourceQuestionOf(actor, question);

  return (
    <div className="flex flex-col gap-6">
      {heading}
      <section aria-labelledby="doctor-heading" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        <div className="flex items-start gap-3">
          <Avatar name={profile.name} photoUrl={profile.photoUrl} />
          <div className="min-w-0">
            <h2 id="doctor-heading" className="text-lg font-semibold leading-snug">
              <Link href={`/doctors/${profile.id}`} className="text-ink hover:text-brand-strong">
                {name}
              </Link>
            </h2>
            <p className="text-brand-strong">{primary}</p>
            <p className="mt-1 text-xl font-bold">{price}</p>
          </div>
        </div>
        <ul className="mt-4 flex flex-col gap-2">
          <li className="flex items-start gap-2">
            <Clock aria-hidden="true" className="mt-1 size-4 shrink-0 text-brand" />
            <span>
              {name} answers within {hours} hours, or you are refunded automatically.
            </span>
          </li>
          <li className="flex items-start gap-2">
            <ShieldCheck aria-hidden="true" className="mt-1 size-4 shrink-0 text-brand" />
            <span>The conversation and your files are private to the two of you.</span>
          </li>
        </ul>
        {sourceQuestion && (
          <p className="mt-3 text-muted">
            About your public question{" "}
            <Link href={`/questions/${sourceQuestion.id}`} className="break-words">
              “{sourceQuestion.title}”
            </Link>
            .
          </p>
        )}
      </section>
      <StartConsultationForm doctorId={profile.id} doctorName={name} sourceQuestion={sourceQuestion} price={price} />
    </div>
  );
}
