// A kept page served to a signed-in reader is the page for nobody: server.ts sets this short-lived, script-readable
// cookie on such a response so the page's islands know to fetch the reader's own part (it is only a hint: the fetch
// is authorised by the session, and a stale hint costs one request answered "nobody").
export const MEMBER_VIEW_COOKIE = "consilium-member-view";
/** Long enough for the page's scripts to load and read it; a reload sets it again. */
export const MEMBER_VIEW_COOKIE_SECONDS = 60;
