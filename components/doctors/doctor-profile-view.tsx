import { BadgeCheck, Heart, MessageSquare, Star, ThumbsUp } from "lucide-react";
import Link from "next/link";
import { ComplainButton, type ComplainSetup } from "@/components/complaints/complain-button";
import { personName } from "@/components/questions/labels";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { PublicDoctorProfile } from "@/lib/doctors/get-doctor-profile";
import { ConsultPrivatelyLink } from "./consult-privately-link";
import { ModerateProfileForm } from "./moderate-profile-form";

/** "4.8 out of 5 from 12 consultations" */
export function ratingLine(rating: PublicDoctorProfile["rating"]): string {
  if (!rating) return "No consultation ratings yet";
  const average = (Math.round(rating.average * 10) / 10).toFixed(1);
  return `${average} out of 5 from ${pluralize(rating.count, "consultation", "consultations")}`;
}

function Stat({ icon, value, label }: { icon: React.ReactNode; value: number; label: string }) {
  return (
    <div className="flex items-center gap-3 rounded-lg bg-neutral-soft px-3 py-2">
      {icon}
      <p>
        <span className="block text-xl font-bold">{value.toLocaleString("en-US")}</span>
        <span className="text-muted">{label}</span>
      </p>
    </div>
  );
}

/** A verified doctor's public page: who they are, how they answer, what patients and colleagues say. */
export function DoctorProfileView({ profile, complain }: { profile: PublicDoctorProfile; complain: ComplainSetup }) {
  const name = personName(profile.name, "DOCTOR");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="doctor-name" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        <div className="flex items-start gap-4">
          <Avatar name={profile.name} photoUrl={profile.photoUrl} size="lg" />
          <div className="min-w-0">
            <h1 id="doctor-name" className="text-2xl font-bold leading-tight break-words sm:text-3xl">
              {name}
            </h1>
            <p className="mt-1 inline-flex items-center gap-1.5 font-semibold text-success">
              <BadgeCheck aria-hidden="true" className="size-5" />
              Verified doctor
            </p>
          </div>
        </div>
        <ul aria-label="Specialties" className="mt-4 flex flex-wrap gap-2">
          {profile.specialties.map((specialty) => (
            <li key={specialty.slug}>
              <Badge tone={specialty.isPrimary ? "brand" : "neutral"}>
                {specialty.name}
                {specialty.isPrimary && <span className="sr-only"> (primary specialty)</span>}
              </Badge>
            </li>
          ))}
        </ul>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">University</dt>
          <dd className="text-muted">
            {profile.university}
            {profile.degree && ` (${profile.degree})`}
          </dd>
          <dt className="font-semibold">Experience</dt>
          <dd className="text-muted">{pluralize(profile.yearsOfExperience, "year", "years")}</dd>
          <dt className="font-semibold">Consultation rating</dt>
          <dd className="inline-flex items-center gap-1.5 text-muted">
            {profile.rating && <Star aria-hidden="true" className="size-4 fill-current text-warning" />}
            {ratingLine(profile.rating)}
          </dd>
        </dl>
        {profile.bio && <p className="mt-4 max-w-prose text-[1.0625rem] whitespace-pre-line">{profile.bio}</p>}
        {profile.offer && !profile.viewerIsDoctor && (
          <div className="mt-5">
            <ConsultPrivatelyLink doctorId={profile.id} offer={profile.offer} variant="primary" />
            <p className="mt-2 text-muted">
              A private, paid conversation with {name}. You are refunded automatically if there is no answer in time.
            </p>
          </div>
        )}
        {!profile.viewerIsDoctor && (
          <div className="mt-4 flex justify-end">
            <ComplainButton
              setup={complain}
              targetType="USER"
              targetId={profile.id}
              what={`the profile of ${name}`}
              noun="profile"
            />
          </div>
        )}
      </section>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="sr-only">
          In numbers
        </h2>
        <div className="grid gap-3 sm:grid-cols-3">
          <Stat
            icon={<MessageSquare aria-hidden="true" className="size-6 text-brand" />}
            value={profile.answerCount}
            label={profile.answerCount === 1 ? "answer" : "answers"}
          />
          <Stat
            icon={<Heart aria-hidden="true" className="size-6 text-brand" />}
            value={profile.thanksCount}
            label={profile.thanksCount === 1 ? "thanks from a patient" : "thanks from patients"}
          />
          <Stat
            icon={<ThumbsUp aria-hidden="true" className="size-6 text-brand" />}
            value={profile.agreeCount}
            label={profile.agreeCount === 1 ? "doctor agreed" : "doctors agreed"}
          />
        </div>
      </section>

      {profile.ratingComments.length > 0 && (
        <section aria-labelledby="comments-heading" className="flex flex-col gap-3">
          <h2 id="comments-heading" className="text-xl font-bold sm:text-2xl">
            What patients say
          </h2>
          <ul className="flex flex-col gap-3">
            {profile.ratingComments.map((comment) => (
              <li
                key={`${comment.patientFirstName}-${comment.ratedAt.toISOString()}`}
                className="rounded-xl border border-line bg-surface p-4"
              >
                <p className="font-semibold">
                  {comment.stars} out of 5
                  <span className="font-normal text-muted">
                    {" · "}
                    {comment.patientFirstName}
                    {" · "}
                    <FormattedDate date={comment.ratedAt} />
                  </span>
                </p>
                <p className="mt-1 break-words">{comment.comment}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="answers-heading" className="flex flex-col gap-3">
        <h2 id="answers-heading" className="text-xl font-bold sm:text-2xl">
          Recent answers
        </h2>
        {profile.recentAnswers.length === 0 ? (
          <EmptyState headingLevel="h3" title="No answers yet">
            <p>{name}’s answers to patients’ questions will appear here.</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {profile.recentAnswers.map((answer) => (
              <li key={answer.messageId} className="rounded-xl border border-line bg-surface p-4">
                <h3 className="text-lg font-semibold break-words">
                  <Link href={`/questions/${answer.questionId}#m_${answer.messageId}`}>{answer.questionTitle}</Link>
                </h3>
                <p className="mt-1 break-words">{answer.excerpt}</p>
                <p className="mt-1 text-muted">
                  <FormattedDate date={answer.createdAt} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {profile.viewerModeratesProfile && (
        <ModerateProfileForm doctorId={profile.id} hasPhoto={profile.photoUrl !== null} hasBio={profile.bio !== null} />
      )}
    </div>
  );
}
