import { BadgeCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminOnlyNotice } from "@/components/staff/admin-only-notice";
import { DoctorApplicationCard } from "@/components/staff/doctor-application-card";
import { QueueTabs } from "@/components/staff/queue-tabs";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listDoctorApplications } from "@/lib/doctors/list-doctor-applications";
import { isDomainError } from "@/lib/errors";
import { ZDoctorApplicationFilter } from "@/lib/validation/doctor";

export const metadata: Metadata = { title: "Doctor verification", robots: { index: false } };

type DoctorsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE_MESSAGES: Record<string, { title: string; text: string }> = {
  approved: {
    title: "Approved.",
    text: "The doctor can answer questions from now on, and has been notified.",
  },
  rejected: {
    title: "Rejected.",
    text: "The doctor has been notified with your reason. They stay in the Rejected list and can still be approved later.",
  },
};

export default async function DoctorVerificationPage({ searchParams }: DoctorsPageProps) {
  const actor = await requireUser("/staff/doctors");
  const params = await searchParams;
  const filter = ZDoctorApplicationFilter.parse({ state: params.state, page: params.page });

  const list = await listDoctorApplications({ actor, state: filter.state, page: filter.page }).catch(
    (error: unknown) => {
      // The staff layout lets moderators in; this page is the administrators'.
      if (isDomainError(error) && error.code === "FORBIDDEN") return error;
      throw error;
    },
  );
  if (isDomainError(list)) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold">Doctor verification</h1>
        <AdminOnlyNotice message={list.message} />
      </div>
    );
  }

  const done = typeof params.done === "string" ? DONE_MESSAGES[params.done] : undefined;
  const waiting = list.state === "PENDING";
  const basePath = "/staff/doctors";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Doctor verification</h1>
        <p className="max-w-prose text-muted">
          Doctors who signed up wait here, longest first. Check their licence number with the medical register before
          you approve: only verified doctors can answer.
        </p>
      </div>
      {done && (
        <Alert role="status" tone="success" title={done.title}>
          <p>{done.text}</p>
        </Alert>
      )}
      <QueueTabs
        label="Verification queues"
        tabs={[
          { href: basePath, label: "Waiting", count: list.counts.PENDING, current: waiting },
          { href: `${basePath}?state=REJECTED`, label: "Rejected", count: list.counts.REJECTED, current: !waiting },
        ]}
      />

      {list.items.length === 0 ? (
        <EmptyState
          icon={<BadgeCheck aria-hidden="true" className="size-10 text-brand" />}
          title={
            list.counts[list.state] > 0
              ? "There are no doctors on this page"
              : waiting
                ? "No doctor is waiting"
                : "No doctor has been rejected"
          }
        >
          <p>
            {list.counts[list.state] > 0 ? (
              <Link href={waiting ? basePath : `${basePath}?state=REJECTED`}>Go to the first page</Link>
            ) : waiting ? (
              "Every doctor who signed up has been decided. New sign-ups appear here."
            ) : (
              "Doctors you reject appear here with your reason, and can be approved later."
            )}
          </p>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-4">
          {list.items.map((application) => (
            <li key={application.doctorId}>
              <DoctorApplicationCard application={application} />
            </li>
          ))}
        </ol>
      )}

      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath={basePath}
        query={{ state: waiting ? undefined : "REJECTED" }}
        label="Pages of doctors"
        previousLabel="Signed up earlier"
        nextLabel="Signed up later"
      />
    </div>
  );
}
