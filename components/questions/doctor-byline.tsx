import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { ThreadAuthor } from "@/lib/questions/get-question-thread";
import { personName, roleLabel } from "./labels";

type DoctorBylineProps = {
  author: ThreadAuthor;
  date: Date;
  outsideSpecialty?: boolean;
  /** The name is the heading of an answer in a thread; elsewhere it is plain text. */
  nameAs?: "h3" | "p";
};

/** Who answered: name, specialties, university, experience — what a patient weighs an answer by. */
export function DoctorByline({ author, date, outsideSpecialty = false, nameAs: Name = "p" }: DoctorBylineProps) {
  const name = personName(author.name, author.role);
  const doctor = author.doctor;
  return (
    <div className="flex items-start gap-3">
      <Avatar name={author.name} photoUrl={doctor?.photoUrl} />
      <div className="min-w-0">
        <Name className="text-lg font-semibold leading-snug">
          {doctor?.profileId ? (
            <Link href={`/doctors/${doctor.profileId}`} className="text-ink hover:text-brand-strong">
              {name}
            </Link>
          ) : (
            name
          )}
        </Name>
        <p className="text-brand-strong">{roleLabel(author.role, author.specialties)}</p>
        {doctor && (
          <p className="text-muted">
            {doctor.university}
            {doctor.degree && ` (${doctor.degree})`}
            {" · "}
            {pluralize(doctor.yearsOfExperience, "year", "years")} of experience
          </p>
        )}
        <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
          <FormattedDate date={date} />
          {outsideSpecialty && <Badge tone="warning">Outside specialty</Badge>}
        </p>
      </div>
    </div>
  );
}
