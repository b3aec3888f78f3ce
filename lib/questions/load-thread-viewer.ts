// The signed-in viewer's part of a kept question page (GET /api/questions/<id>/viewer): the thread state its
// islands read and what the site header shows them. Reads only: loadActor, one light statement (read-thread-viewer.ts)
// and, for staff, the count of reports waiting.
import type { Actor } from "../auth/permissions";
import { countPendingComplaintGroups } from "../complaints/count-pending-complaint-groups";
import type { HeaderAccount } from "../notifications/load-header-badges";
import { readThreadViewer } from "./read-thread-viewer";
import { questionNotFound, readableQuestion } from "./readable-question";
import { type ThreadViewerState, threadViewerStateFor } from "./thread-viewer-state";

export type PageViewer = { account: HeaderAccount; thread: ThreadViewerState };
/** What GET /api/questions/<id>/viewer answers a reader of a question they may read: nulls for a visitor. */
export type PageViewerResponse = PageViewer | { account: null; thread: null };

/** NOT_FOUND (a DomainError) for a question that is missing, deleted or that the viewer may not read, as the page. */
export async function loadThreadViewer(options: { viewer: Actor; questionId: number }): Promise<PageViewer> {
  const { viewer, questionId } = options;
  const row = await readThreadViewer({ questionId, viewerId: viewer.id });
  if (!row) throw questionNotFound();
  readableQuestion(viewer, row.facts.question);
  const pendingReports = await countPendingComplaintGroups({ actor: viewer });
  return {
    account: { name: row.viewerName, role: viewer.role, unread: row.unread, pendingReports },
    thread: threadViewerStateFor(viewer, row.facts),
  };
}
