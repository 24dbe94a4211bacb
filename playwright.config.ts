import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One worker: specs share the demo database, and the cohort spec proposes every open need of the demo program.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /cohort\.spec\.ts/ },
    // Sends proposals for every open need of the demo program: after everything else.
    { name: "cohort", use: { ...devices["Desktop Chrome"] }, testMatch: /cohort\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    // The production build (`npm run build` first) on a fresh embedded database with the demo data.
    command: "npx tsx scripts/start.ts --fresh --db e2e",
    url: `${baseURL}/fr`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(PORT), APP_URL: baseURL, TANDEM_DEV_OUTBOX: "1", DATABASE_URL: process.env.E2E_DATABASE_URL ?? "" },
  },
});
