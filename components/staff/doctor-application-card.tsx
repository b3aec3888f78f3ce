import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { pluralize } from "@/components/ui/format";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { DoctorApplication } from "@/lib/doctors/list-doctor-applications";
import { DoctorDecisionForm } from "./doctor-decision-form";

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col sm:flex-row sm:gap-3">
      <dt className="shrink-0 font-semibold sm:w-44">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const notGiven = <span className="text-muted">Not given</span>;

/** One doctor's application: what they stated at sign-up, for the administrator to check, and the decision. */
export function DoctorApplicationCard({ application }: { application: DoctorApplication }) {
  const headingId = `doctor-${application.doctorId}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      <div className="flex items-start gap-3">
        <Avatar name={application.name} photoUrl={application.photoUrl} />
        <div className="flex min-w-0 flex-col gap-1">
          <h2 id={headingId} className="text-xl font-bold break-words">
            {application.name}
          </h2>
          <p className="break-all">
            <a href={`mailto:${application.email}`}>{application.email}</a>
          </p>
        </div>
      </div>

      <dl className="flex flex-col gap-2">
        <Detail term="Specialties">
          <span className="flex flex-wrap gap-1.5">
            {application.specialties.map((specialty) => (
              <Badge key={specialty} tone="brand">
                {specialty}
              </Badge>
            ))}
          </span>
        </Detail>
        <Detail term="University">{application.university}</Detail>
        <Detail term="Degree">{application.degree ?? notGiven}</Detail>
        <Detail term="Experience">{pluralize(application.yearsOfExperience, "year", "years")}</Detail>
        <Detail term="Licence number">
          {application.licenseNumber ? <span className="font-mono">{application.licenseNumber}</span> : notGiven}
        </Detail>
        <Detail term="Signed up">
          <FormattedDate date={application.signedUpAt} />
        </Detail>
        {application.rejectionReason && <Detail term="Rejected because">{application.rejectionReason}</Detail>}
      </dl>

      <DoctorDecisionForm doctorId={application.doctorId} doctorName={application.name} state={application.state} />
    </article>
  );
}
