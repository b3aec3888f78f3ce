import { ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComplaintGroupCard } from "@/components/complaints/complaint-group-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { listComplaintQueue } from "@/lib/complaints/list-complaint-queue";
import { isDomainError } from "@/lib/errors";
import { listSpecialties } from "@/lib/specialties/list-specialties";
import { type TComplaintQueueFilter, ZComplaintQueueFilter } from "@/lib/validation/complaint";
import { COMPLAINT_REASON_LABELS, COMPLAINT_REASONS } from "@/lib/validation/complaint-reasons";

export const metadata: Metadata = { title: "Moderation", robots: { index: false } };

const DONE: Record<NonNullable<TComplaintQueueFilter["done"]>, string> = {
  DISMISS: "Reports dismissed. The people who sent them were told no action was needed.",
  HIDE: "Hidden. The author and the people who reported it were told.",
  RESTORE: "Restored: it is visible again, and the reports are closed.",
  DELETE_ATTACHMENT: "File deleted. The author and the people who reported it were told.",
  WARN_AUTHOR: "Warning sent. The people who reported it were told.",
  SUSPEND_AUTHOR: "Suspended. They can read but not post until the suspension ends.",
  CLOSE_QUESTION: "Question closed. Its followers and the people who reported it were told.",
};

async function loadQueue(actor: Awaited<ReturnType<typeof requireRole>>, filter: TComplaintQueueFilter) {
  try {
    return await listComplaintQueue({
      actor,
      page: filter.page,
      reason: filter.reason,
      specialtySlug: filter.specialty,
      medicalReviewOnly: filter.medical,
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireRole(["MODERATOR", "ADMIN"], "/staff/moderation");
  const filter = ZComplaintQueueFilter.parse(await searchParams);
  const [queue, specialties] = await Promise.all([loadQueue(actor, filter), listSpecialties()]);
  const query = {
    reason: filter.reason,
    specialty: filter.specialty,
    medical: filter.medical ? "1" : undefined,
  };
  const returnQuery = new URLSearchParams(
    Object.entries({ ...query, page: filter.page > 1 ? String(filter.page) : undefined }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  ).toString();
  const filtered = Boolean(filter.reason || filter.specialty || filter.medical);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Reports to review</h1>
        <p className="mt-1 text-muted">
          {pluralize(queue.total, "reported item", "reported items")}
          {filtered ? " match these filters" : " waiting"}. Most-reported and oldest first
          {queue.medicalReviewer ? ", after reports of dangerous medical advice" : ""}.
        </p>
      </div>

      {filter.done && (
        <Alert role="status" tone="success" title="Decision applied">
          <p>{DONE[filter.done]}</p>
        </Alert>
      )}

      <form
        method="get"
        action="/staff/moderation"
        aria-label="Filter the reports"
        className="flex flex-wrap items-end gap-3 rounded-xl border border-line bg-surface p-4"
      >
        <SelectField
          name="reason"
          label="Reason"
          placeholder="All reasons"
          options={COMPLAINT_REASONS.map((value) => ({ value, label: COMPLAINT_REASON_LABELS[value] }))}
          defaultValue={filter.reason ?? ""}
          className="min-w-48 flex-1"
        />
        <SelectField
          name="specialty"
          label="Specialty"
          placeholder="All specialties"
          options={specialties.map((specialty) => ({ value: specialty.slug, label: specialty.name }))}
          defaultValue={filter.specialty ?? ""}
          className="min-w-48 flex-1"
        />
        {queue.medicalReviewer && (
          <label className="flex min-h-11 cursor-pointer items-center gap-2 font-semibold">
            <input
              type="checkbox"
              name="medical"
              value="1"
              defaultChecked={filter.medical}
              className="size-5 accent-brand"
            />
            Medical review only
          </label>
        )}
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </form>

      {queue.groups.length === 0 ? (
        <EmptyState
          headingLevel="h2"
          icon={<ShieldCheck aria-hidden="true" className="size-8 text-muted" />}
          title={filtered ? "Nothing matches these filters" : "Nothing to review"}
        >
          <p>New reports appear here as people send them.</p>
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-6">
          {queue.groups.map((group) => (
            <li key={`${group.targetType}:${group.targetId}`}>
              <ComplaintGroupCard group={group} returnQuery={returnQuery} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        basePath="/staff/moderation"
        query={query}
        label="Pages of reports"
        previousLabel="Earlier page"
        nextLabel="Next page"
      />
    </div>
  );
}
