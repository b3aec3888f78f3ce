// The other half of a kept question page served to a member (serve-cached-page.ts): GET /api/questions/<id>/viewer,
// the reader's own part that the page's islands fetch (components/questions/thread-viewer.tsx). Answered here, in
// front of Next like the kept page itself, because it is on the path of every signed-in view: a plain handler costs
// the session cookie's decoding, the actor and one light statement (lib/questions/load-thread-viewer.ts), where a
// Next route handler added ~1 ms of routing per request and halved what the web process could serve.
import type { IncomingMessage, ServerResponse } from "node:http";
import { loadActor } from "../auth/load-actor";
import { userIdFromCookieHeader } from "../auth/session-cookie";
import { isDomainError } from "../errors";
import { loadThreadViewer, type PageViewerResponse } from "../questions/load-thread-viewer";

const PATH = /^\/api\/questions\/(\d{1,10})\/viewer(?:\?.*)?$/;

/** The body: nulls for a visitor (or a session that has ended), an error sentence for a question they may not read. */
type MemberPartResponse = PageViewerResponse | { error: string };

function send(response: ServerResponse, status: number, body: MemberPartResponse, extra: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    // The reader's own: never stored by a browser or a proxy.
    "cache-control": "private, no-store",
    ...extra,
  });
  response.end(json);
}

/** The question id when the request is for a member's part, else null (Next answers it). */
export function memberPartQuestionId(request: IncomingMessage): number | null {
  const match = PATH.exec(request.url ?? "");
  return match ? Number(match[1]) : null;
}

/** Reads only, whoever asks; 404 as the page for a question the reader may not read. */
export async function serveMemberPart(
  request: IncomingMessage,
  response: ServerResponse,
  questionId: number,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    send(response, 405, { error: "Only GET is answered here." }, { allow: "GET, HEAD" });
    return;
  }
  const userId = await userIdFromCookieHeader(request.headers.cookie);
  const viewer = userId === null || userId === "invalid" ? null : await loadActor(userId);
  if (!viewer) {
    send(response, 200, { account: null, thread: null });
    return;
  }
  try {
    send(response, 200, await loadThreadViewer({ viewer, questionId }));
  } catch (error) {
    if (!isDomainError(error) || error.code !== "NOT_FOUND") throw error;
    send(response, 404, { error: error.message });
  }
}
