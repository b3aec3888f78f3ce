import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsultationHeader } from "@/components/consultations/consultation-header";
import { ConsultationMessages } from "@/components/consultations/consultation-messages";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/session";
import { reviewConsultation } from "@/lib/consultations/review-consultation";
import { isDomainError } from "@/lib/errors";
import { COMPLAINT_REASON_LABELS } from "@/lib/validation/complaint-reasons";

// A fixed title: the subject would need a second, audited read of the thread.
export const metadata: Metadata = { title: "Reported private consultation", robots: { index: false, follow: false } };

type ReviewPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ complaint?: string }> };

/** A private thread, read-only, for the moderator handling a report about one of its messages. Every view is audited. */
export default async function ConsultationReviewPage({ params, searchParams }: ReviewPageProps) {
  const { id } = await params;
  const { complaint } = await searchParams;
  const actor = await requireUser(`/staff/consultations/${encodeURIComponent(id)}`);
  let review: Awaited<ReturnType<typeof reviewConsultation>>;
  try {
    review = await reviewConsultation({ actor, consultationId: id, complaintId: complaint ?? "" });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/staff/moderation">← Moderation queue</Link>
      </p>
      <Alert tone="info" title="Private consultation">
        <p className="inline-flex items-start gap-2">
          <ShieldAlert aria-hidden="true" className="mt-1 size-5 shrink-0" />
          You are reading a private consultation because of a report; this access is recorded.
        </p>
        <p className="mt-1">
          The report: {COMPLAINT_REASON_LABELS[review.complaint.reason]}
          {review.complaint.state === "PENDING" ? " (pending)" : " (decided)"}. The reported message is marked below.
        </p>
      </Alert>
      <ConsultationHeader consultation={review} />
      <section aria-labelledby="messages-heading" className="flex flex-col gap-4">
        <h2 id="messages-heading" className="text-xl font-bold">
          Messages
        </h2>
        <ConsultationMessages
          messages={review.messages}
          complain={false}
          receipts={false}
          highlightId={review.complaint.messageId}
        />
      </section>
    </div>
  );
}
