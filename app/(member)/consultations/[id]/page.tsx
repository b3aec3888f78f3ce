import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  CloseConsultationForm,
  ConsultationMessageForm,
  PayNowForm,
  RateConsultationForm,
} from "@/components/consultations/consultation-forms";
import { ConsultationHeader } from "@/components/consultations/consultation-header";
import { ConsultationMessages } from "@/components/consultations/consultation-messages";
import { LiveConsultation } from "@/components/consultations/live-consultation";
import { OtherDoctors } from "@/components/consultations/other-doctors";
import { personName } from "@/components/questions/labels";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/session";
import { getConsultation } from "@/lib/consultations/get-consultation";
import { listConsultingDoctors } from "@/lib/doctors/list-consulting-doctors";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/payments/format-money";

type ConsultationPageProps = { params: Promise<{ id: string }> };

// generateMetadata and the page share one lookup per request. Anyone but the two participants gets a 404.
const loadConsultation = cache(async (id: string) => {
  const viewer = await requireUser(`/consultations/${encodeURIComponent(id)}`);
  try {
    return { viewer, consultation: await getConsultation({ viewer, consultationId: id }) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: ConsultationPageProps): Promise<Metadata> {
  const { consultation } = await loadConsultation((await params).id);
  return { title: consultation.subject, robots: { index: false, follow: false } };
}

export default async function ConsultationPage({ params }: ConsultationPageProps) {
  const { viewer, consultation } = await loadConsultation((await params).id);
  const paid = consultation.paidAt !== null;
  const isPatient = consultation.viewerIs === "patient";
  const doctorName = personName(consultation.doctor.name, "DOCTOR");
  const otherName = isPatient ? doctorName : consultation.patient.name;
  const amount = formatMoney(consultation.priceMinor, consultation.currency);
  const otherDoctors =
    isPatient && consultation.state === "REFUNDED" && consultation.specialty
      ? await listConsultingDoctors({
          specialtyId: consultation.specialty.id,
          excludeDoctorId: consultation.doctor.id,
        })
      : [];

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/consultations">← My consultations</Link>
      </p>
      {paid && (
        <LiveConsultation
          consultationId={consultation.id}
          lastSeq={consultation.lastSeq}
          newestUnreadSeq={consultation.newestUnreadSeq}
          viewerId={viewer.id}
        />
      )}
      <ConsultationHeader consultation={consultation} overdue={consultation.overdue} />

      {consultation.allowed.pay && (
        <Alert tone="info" title="Payment not completed">
          <p>
            {doctorName} sees your consultation once the payment of {amount} is confirmed. Nothing has been charged yet.
          </p>
          <div className="mt-3">
            <PayNowForm consultationId={consultation.id} />
          </div>
        </Alert>
      )}
      {consultation.state === "EXPIRED" && (
        <Alert tone="info" title="This consultation expired">
          <p>It was never paid, so nothing was charged. You can start a new one at any time.</p>
        </Alert>
      )}
      {consultation.state === "REFUNDED" && (
        <Alert tone="info" title="Refunded">
          <p>
            {isPatient
              ? consultation.firstAnsweredAt === null
                ? `${doctorName} did not answer in time — you were refunded ${amount}.`
                : `This consultation was refunded: you got ${amount} back.`
              : `This consultation was refunded to ${consultation.patient.name}.`}
          </p>
        </Alert>
      )}
      {consultation.state === "ACTIVE" && isPatient && (
        <p className="rounded-lg bg-brand-soft px-4 py-3">
          {doctorName} has been told about your consultation. If they do not answer in time, you are refunded
          automatically.
        </p>
      )}

      <section aria-labelledby="messages-heading" className="flex flex-col gap-4">
        <h2 id="messages-heading" className="text-xl font-bold">
          Messages
        </h2>
        <ConsultationMessages messages={consultation.messages} complain receipts />
      </section>

      {consultation.allowed.message && (
        <section aria-labelledby="write-heading" className="flex flex-col gap-3">
          <h2 id="write-heading" className="text-xl font-bold">
            Write to {otherName}
          </h2>
          <ConsultationMessageForm consultationId={consultation.id} otherName={otherName} />
        </section>
      )}

      {consultation.allowed.rate && (
        <section
          aria-labelledby="rate-heading"
          className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4"
        >
          <h2 id="rate-heading" className="text-xl font-bold">
            {consultation.state === "ANSWERED" ? "Done? Close and rate the consultation" : "Rate the consultation"}
          </h2>
          <RateConsultationForm
            consultationId={consultation.id}
            doctorName={doctorName}
            closes={consultation.state === "ANSWERED"}
          />
          {consultation.allowed.close && <CloseConsultationForm consultationId={consultation.id} />}
        </section>
      )}
      {consultation.rating !== null && (
        <section aria-label="Rating" className="rounded-xl border border-line bg-surface p-4">
          <p className="font-semibold">
            {isPatient ? "You rated" : `${consultation.patient.name} rated`} this consultation {consultation.rating} of
            5.
          </p>
          {consultation.ratingComment && <p className="mt-1 whitespace-pre-line">“{consultation.ratingComment}”</p>}
        </section>
      )}
      {otherDoctors.length > 0 && (
        <OtherDoctors doctors={otherDoctors} specialty={consultation.specialty?.field ?? null} />
      )}
    </div>
  );
}
