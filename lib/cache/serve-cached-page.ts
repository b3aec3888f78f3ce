// The HTTP side of the page cache, in front of Next's handler in server.ts. A document request without a session is
// answered from memory when its page is kept; otherwise Next renders it as usual, the bytes go to the browser as
// they stream, and a copy is kept if the page marked itself cacheable (cacheThisPage) and nothing made it personal.
// A signed-in reader is answered from memory only by a page kept for members too (the question page, whose islands
// fetch the reader's own part, told so by a short-lived cookie); on a miss Next renders the page for them, and that
// render is never kept.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { MEMBER_VIEW_COOKIE, MEMBER_VIEW_COOKIE_SECONDS } from "./member-view-cookie";
import type { PageCache } from "./page-cache";
import { type PageCacheScope, pageCacheScope } from "./page-cache-scope";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export const CACHE_STATUS_HEADER = "x-consilium-cache";

/** next-auth's session cookie (plain, `__Secure-` on https, and `.0`, `.1` … when it is split). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
/** Not documents: the API, Next's assets and router requests, socket.io, files with an extension. */
const NOT_A_PAGE = /^\/(?:api|_next|socket\.io)(?:\/|$)|\.[a-z0-9]+$/i;
/** Headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "date", "keep-alive"]);

/**
 * The cache key of a request that may be served from the cache, or null, and whether it comes with a session. The
 * encoding is part of the key because Next compresses for clients that accept gzip.
 */
export function pageCacheKey(request: IncomingMessage): { key: string; member: boolean } | null {
  if (request.method !== "GET" || !request.url) return null;
  const headers = request.headers;
  // Client-side navigations and prefetches ask for React's flight data, which depends on the router's state.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"]) {
    return null;
  }
  const url = new URL(request.url, "http://page.cache");
  if (NOT_A_PAGE.test(url.pathname) || url.searchParams.has("_rsc")) return null;
  const encoding = /\bgzip\b/.test(String(headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
  return { key: `${encoding} ${url.pathname}${url.search}`, member: SESSION_COOKIE.test(headers.cookie ?? "") };
}

/** The hint for a kept page's scripts that a member is reading it (Secure on https, like the session cookie). */
function memberViewCookie(request: IncomingMessage): string {
  const secure = request.headers["x-forwarded-proto"] === "https" || "encrypted" in request.socket;
  return `${MEMBER_VIEW_COOKIE}=1; Max-Age=${MEMBER_VIEW_COOKIE_SECONDS}; Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
}

function keptHeaders(response: ServerResponse): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (!TRANSFER_HEADERS.has(name) && name !== CACHE_STATUS_HEADER && value !== undefined) headers[name] = value;
  }
  return headers;
}

function chunkBytes(chunk: unknown, encoding?: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** Tees the response: everything written still goes out as it is written, and is copied for the cache. */
function recordBody(response: ServerResponse): () => Buffer {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((...args: unknown[]) => {
    const bytes = chunkBytes(args[0], args[1]);
    if (bytes) chunks.push(Buffer.from(bytes));
    return write(...args);
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    const bytes = chunkBytes(args[0], args[1]);
    if (bytes) chunks.push(Buffer.from(bytes));
    return end(...args);
  }) as ServerResponse["end"];
  return () => Buffer.concat(chunks);
}

function isKeepable(response: ServerResponse, scope: PageCacheScope): boolean {
  return (
    scope.tags !== undefined &&
    response.statusCode === 200 &&
    response.getHeader("set-cookie") === undefined &&
    String(response.getHeader("content-type") ?? "").startsWith("text/html")
  );
}

/** Wraps Next's request handler with the page cache. */
export function withPageCache(cache: PageCache, handle: RequestHandler): RequestHandler {
  return async (request, response) => {
    const route = pageCacheKey(request);
    if (!route) return handle(request, response);
    const { key, member } = route;

    const hit = cache.get(key);
    if (member) {
      if (!hit?.members) return handle(request, response);
      const headers = { ...hit.headers, [CACHE_STATUS_HEADER]: "hit", "set-cookie": memberViewCookie(request) };
      response.writeHead(hit.status, headers);
      response.end(hit.body);
      return;
    }
    if (hit) {
      response.writeHead(hit.status, { ...hit.headers, [CACHE_STATUS_HEADER]: "hit" });
      response.end(hit.body);
      return;
    }

    const ticket = cache.beginRender();
    const scope: PageCacheScope = {};
    const body = recordBody(response);
    response.setHeader(CACHE_STATUS_HEADER, "miss");
    let completed = false;
    response.once("finish", () => {
      completed = true;
      if (isKeepable(response, scope)) {
        const page = { status: 200, headers: keptHeaders(response), body: body(), tags: scope.tags ?? [] };
        cache.store(key, { ...page, members: scope.members === true }, ticket);
      } else {
        cache.endRender(ticket);
      }
    });
    // A client that went away mid-stream leaves a partial body: never keep it.
    response.once("close", () => {
      if (!completed) cache.endRender(ticket);
    });
    await pageCacheScope().run(scope, () => handle(request, response));
  };
}
