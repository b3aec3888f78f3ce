// Debian's Chromium, as Playwright's journeys and the benchmark's Lighthouse launch it. Without the networking flags
// Chromium floods the closed network with refused connections (DEVELOPERS.md).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
