import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminOnlyNotice } from "@/components/staff/admin-only-notice";
import { AuditEntry } from "@/components/staff/audit-entry";
import { AuditFilters } from "@/components/staff/audit-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { pluralize } from "@/components/ui/format";
import { Pagination } from "@/components/ui/pagination";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { requireUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { ZAuditLogFilter } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type AuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 25;

export default async function AuditLogPage({ searchParams }: AuditPageProps) {
  const actor = await requireUser("/staff/audit");
  const { page, ...filter } = ZAuditLogFilter.parse(await searchParams);

  const log = await listAuditLog({ actor, filter, page, pageSize: PAGE_SIZE }).catch((error: unknown) => {
    // The staff layout lets moderators in; the audit log is the administrators'.
    if (isDomainError(error) && error.code === "FORBIDDEN") return error;
    throw error;
  });
  if (isDomainError(log)) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold">Audit log</h1>
        <AdminOnlyNotice message={log.message} />
      </div>
    );
  }

  const filtered = Object.values(filter).some(Boolean);
  const firstPage = `/staff/audit${filtered ? `?${new URLSearchParams(Object.entries(filter).filter((pair): pair is [string, string] => Boolean(pair[1])))}` : ""}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Audit log</h1>
        <p className="max-w-prose text-muted">
          Every moderation and administration action, newest first: who did what, to what, why, and what it changed.
          Entries cannot be edited or deleted.
        </p>
      </div>
      <AuditFilters filter={{ page, ...filter }} actions={log.actions} targetTypes={log.targetTypes} />

      <section aria-labelledby="audit-entries" className="flex flex-col gap-4">
        <h2 id="audit-entries" className="sr-only">
          Entries
        </h2>
        <p aria-live="polite" className="text-muted">
          {filtered
            ? `${pluralize(log.total, "entry matches", "entries match")} these filters`
            : `${pluralize(log.total, "entry", "entries")} in the log`}
        </p>
        {log.items.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            icon={<ScrollText aria-hidden="true" className="size-10 text-muted" />}
            title={log.total > 0 ? "There are no entries on this page" : "No entries"}
          >
            <p>
              {log.total > 0 ? (
                <Link href={firstPage}>Go to the first page</Link>
              ) : filtered ? (
                <>
                  Nothing matches these filters. <Link href="/staff/audit">Show the whole log</Link>.
                </>
              ) : (
                "Moderation and administration actions will be listed here."
              )}
            </p>
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-3">
            {log.items.map((entry) => (
              <li key={entry.id}>
                <AuditEntry entry={entry} />
              </li>
            ))}
          </ol>
        )}
        <Pagination
          page={log.page}
          pageCount={log.pageCount}
          basePath="/staff/audit"
          query={filter}
          label="Audit log pages"
          previousLabel="Newer entries"
          nextLabel="Older entries"
        />
      </section>
    </div>
  );
}
