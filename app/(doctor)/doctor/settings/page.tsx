import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationOfferForm } from "@/components/doctors/consultation-offer-form";
import { DoctorBioForm } from "@/components/doctors/doctor-bio-form";
import { DoctorPhotoForm } from "@/components/doctors/doctor-photo-form";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/auth/session";
import { getConsultationOffer } from "@/lib/doctors/get-consultation-offer";
import { getOwnDoctorProfile } from "@/lib/doctors/get-own-doctor-profile";
import { env } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/payments/format-money";
import { priceInputValue } from "@/lib/validation/consultation";

export const metadata: Metadata = { title: "Your profile and consultations", robots: { index: false } };

export default async function DoctorSettingsPage() {
  const actor = await requireRole(["DOCTOR"], "/doctor/settings");
  const offer = await getConsultationOffer({ actor }).catch((error: unknown) => {
    // A suspended doctor may not change the offer: say so instead of failing the page.
    if (isDomainError(error) && error.code === "FORBIDDEN") return error;
    throw error;
  });
  if (offer instanceof Error) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Your profile and consultations</h1>
        <Alert tone="info" title="Not available to your account now">
          <p>{offer.message}</p>
        </Alert>
      </div>
    );
  }
  const own = await getOwnDoctorProfile({ actor });
  const hours = env().CONSULTATION_ANSWER_HOURS;
  const price = offer.priceMinor === null ? null : formatMoney(offer.priceMinor, offer.currency);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Your profile and consultations</h1>
      <section aria-label="Your public profile" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        <h2 id="photo-heading" className="mb-3 text-xl font-semibold">
          Your photo
        </h2>
        <DoctorPhotoForm doctorId={own.doctorId} name={own.name} photoUrl={own.photoUrl} />
        <h2 id="about-heading" className="mt-6 mb-3 text-xl font-semibold">
          About you
        </h2>
        <DoctorBioForm bio={own.bio} />
      </section>
      <div>
        <h2 className="text-2xl font-bold">Private consultations</h2>
        <p className="mt-2 text-muted">
          A patient pays before writing to you privately. You answer within {hours} hours, or the patient is refunded
          automatically. See what you have earned on <Link href="/doctor/earnings">your earnings page</Link>.
        </p>
      </div>
      <section aria-labelledby="current-offer" className="rounded-xl border border-line bg-surface p-4 sm:p-6">
        <h3 id="current-offer" className="text-xl font-semibold">
          Your offer now
        </h3>
        <p className="mt-1 text-[1.0625rem]">
          {offer.offersConsultations && price
            ? `You take private consultations at ${price}.`
            : price
              ? `You do not take private consultations at the moment (last price ${price}).`
              : "You do not take private consultations."}
        </p>
        {offer.verification === "VERIFIED" ? (
          offer.offersConsultations && (
            <p className="mt-1 text-muted">
              Patients see a “Consult privately” button on <Link href={`/doctors/${actor.id}`}>your profile</Link> and
              under your answers.
            </p>
          )
        ) : (
          <Alert tone="info" className="mt-3" title="Not shown to patients until you are verified">
            <p>
              You can set your offer now, but patients are offered consultations only with doctors an administrator has
              verified. It appears as soon as your credentials are verified.
            </p>
          </Alert>
        )}
      </section>
      <ConsultationOfferForm
        offersConsultations={offer.offersConsultations}
        price={priceInputValue(offer.priceMinor)}
        currency={offer.currency}
      />
    </div>
  );
}
