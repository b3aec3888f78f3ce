import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3200);
// Production refuses to start without a secret; this one signs only the test run's cookies and e-mail links. The
// journeys get it too (workers inherit this process's environment), to make the links an e-mail would carry.
const authSecret = "e2e-only-secret-for-playwright-runs-0123456789";
process.env.NEXTAUTH_SECRET = authSecret;

// Debian's Chromium: Playwright's own browser download is not reachable from our machines.
const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    // The production build, as users get it; `next build` runs first (about a minute on 2 cores).
    command: "npx next build && npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: authSecret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      // Payments go through the local sandbox checkout; nothing reaches a real provider.
      PAYMENT_PROVIDER: "sandbox",
      ALLOW_SANDBOX_PAYMENTS: "true",
      // Long enough that no consultation in a journey expires while it runs.
      CONSULTATION_ANSWER_HOURS: "24",
    },
  },
});
