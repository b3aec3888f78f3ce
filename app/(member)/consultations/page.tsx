import { MessagesSquare } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationListItem } from "@/components/consultations/consultation-list-item";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listConsultations } from "@/lib/consultations/list-consultations";
import { ZQuestionListFilter } from "@/lib/validation/question";

export const metadata: Metadata = { title: "My consultations", robots: { index: false } };

export default async function ConsultationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireUser("/consultations");
  const { page } = ZQuestionListFilter.pick({ page: true }).parse(await searchParams);
  const list = await listConsultations({ viewer: actor, page });
  const isDoctor = actor.role === "DOCTOR";

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">My consultations</h1>
        <p className="mt-1 text-muted">
          {isDoctor
            ? "Private, paid consultations patients started with you. Answer each one before its deadline, or the patient is refunded."
            : "Your private, paid conversations with one doctor. Only you and the doctor can read them."}
        </p>
      </div>
      {list.total === 0 ? (
        <EmptyState
          headingLevel="h2"
          icon={<MessagesSquare aria-hidden="true" className="size-8 text-muted" />}
          title="No consultations yet"
        >
          <p>
            {isDoctor ? (
              "When a patient pays for a private consultation with you, it shows up here."
            ) : (
              <>
                Open a doctor's profile, or choose “Consult privately” under an answer, to ask a doctor in private.{" "}
                <Link href="/">Browse the questions</Link>.
              </>
            )}
          </p>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Your consultations, newest first">
          {list.items.map((item) => (
            <ConsultationListItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/consultations"
        label="Consultation pages"
        previousLabel="Newer consultations"
        nextLabel="Older consultations"
      />
    </div>
  );
}
