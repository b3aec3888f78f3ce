import { actorFromRequest } from "@/lib/auth/request-actor";
import { isDomainError } from "@/lib/errors";
import { loadThreadViewer } from "@/lib/questions/load-thread-viewer";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// The reader's own, never to be stored by a browser or a proxy.
const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * A signed-in reader's part of a kept question page (components/questions/thread-viewer.tsx fetches it): their
 * controls' state and what the site header shows them. Nulls for a visitor or a session that has ended; 404 as the
 * page for a question they may not read. Reads only.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) return Response.json({ error: "No such question." }, { status: 404, headers: PRIVATE });
  const viewer = await actorFromRequest(request);
  if (!viewer) return Response.json({ account: null, thread: null }, { headers: PRIVATE });
  try {
    return Response.json(await loadThreadViewer({ viewer, questionId: Number(id) }), { headers: PRIVATE });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") {
      return Response.json({ error: error.message }, { status: 404, headers: PRIVATE });
    }
    throw error;
  }
}
