/** Anonymous visitor id cookie, set by proxy.ts: question views are counted once per viewer per day. */
export const VISITOR_COOKIE = "consilium_visitor";
