// A kept page served to a signed-in reader is the page for nobody: server.ts sets this short-lived, script-readable
// cookie on such a response so the page's islands know to fetch the reader's own part (it is only a hint: the fetch
// is authorised by the session, and a stale hint costs one request answered "nobody").
export const MEMBER_VIEW_COOKIE = "consilium-member-view";
/** Long enough for the page's scripts to load and read it; a reload sets it again. */
export const MEMBER_VIEW_COOKIE_SECONDS = 60;

/** Set on <html> by MEMBER_VIEW_SCRIPT while the member's part is on its way (components/layout/kept-page-account.ts). */
export const MEMBER_VIEW_ATTRIBUTE = "data-member-view";
/** The class of prompts only a visitor needs (sign in, sign up): hidden while MEMBER_VIEW_ATTRIBUTE is set. */
export const VISITOR_ONLY = "visitor-only";

/** The first script of every page (app/layout.tsx): runs before the body is painted. */
export const MEMBER_VIEW_SCRIPT = `document.cookie.split("; ").some(function(c){return c.indexOf("${MEMBER_VIEW_COOKIE}=")===0})&&document.documentElement.setAttribute("${MEMBER_VIEW_ATTRIBUTE}","")`;
