// Where to send someone after they sign in. The value comes from the address bar, so it is untrusted:
// only a path on this site is accepted, never another origin (an open redirect would let a phishing
// link borrow our sign-in page).

const PROBE_ORIGIN = "http://consilium.invalid";
/** Pages that make no sense to return to once signed in. */
const SELF_PAGES = ["/sign-in", "/sign-up"];

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // "//host" and "/\host" are protocol-relative to browsers; control characters are stripped by URL parsers.
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || hasControlCharacter(value)) {
    return fallback;
  }

  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  if (SELF_PAGES.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
