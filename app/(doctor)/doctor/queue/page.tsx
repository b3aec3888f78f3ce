import type { Metadata } from "next";
import { LiveQueue } from "@/components/queue/live-queue";
import { PaidConsultationList } from "@/components/queue/paid-consultation-list";
import { QueueFilters } from "@/components/queue/queue-filters";
import { Alert } from "@/components/ui/alert";
import { pluralize } from "@/components/ui/format";
import { Pagination } from "@/components/ui/pagination";
import { currentActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { listDoctorQueue } from "@/lib/queue/list-doctor-queue";
import { ZDoctorQueueFilter } from "@/lib/validation/queue";

export const metadata: Metadata = { title: "Your queue", robots: { index: false } };

type QueuePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DoctorQueuePage({ searchParams }: QueuePageProps) {
  const params = await searchParams;
  const filters = ZDoctorQueueFilter.parse({
    page: params.page,
    specialtyId: params.specialtyId || undefined,
    hasAttachments: params.hasAttachments,
    paid: params.paid,
  });
  const now = new Date();
  const actor = await currentActor();
  const queue = await listDoctorQueue({ actor, filters, now }).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });

  if (!queue) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Your queue</h1>
        <Alert tone="info" title="The queue opens once your profile is verified">
          <p>An administrator checks every doctor's credentials. Until then you can read every question.</p>
        </Alert>
      </div>
    );
  }

  const query = {
    specialtyId: filters.specialtyId ? String(filters.specialtyId) : undefined,
    hasAttachments: filters.hasAttachments ? "1" : undefined,
    paid: filters.paid ? "1" : undefined,
  };
  const rooms = filters.specialtyId
    ? queue.specialties.filter((s) => s.id === filters.specialtyId).map((s) => s.id)
    : queue.specialties.map((s) => s.id);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Your queue</h1>
        <p className="mt-2 text-muted">
          {queue.kind === "paid"
            ? `${pluralize(queue.total, "paid consultation", "paid consultations")} waiting for your answer.`
            : `${pluralize(queue.total, "question", "questions")} in your specialties that you have not answered yet: urgent ones first, then unanswered, longest waiting first. New questions appear here as they are asked.`}
        </p>
      </div>
      <QueueFilters
        specialties={queue.specialties}
        specialtyId={filters.specialtyId}
        hasAttachments={filters.hasAttachments}
        paid={filters.paid}
      />
      {queue.kind === "paid" ? (
        <PaidConsultationList rows={queue.rows} now={now} />
      ) : (
        <LiveQueue
          rows={queue.rows}
          specialtyIds={rooms}
          attachmentsOnly={filters.hasAttachments}
          hasMore={queue.page < queue.pageCount}
          renderedAt={now.toISOString()}
          doctorId={actor?.id ?? ""}
        />
      )}
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        basePath="/doctor/queue"
        query={query}
        label="Queue pages"
        previousLabel="Earlier in the queue"
        nextLabel="Later in the queue"
      />
    </div>
  );
}
