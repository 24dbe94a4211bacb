// The one place that decides which Chromium the end-to-end tests drive:
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Playwright's own download, then the
// system's /usr/bin/chromium (Debian's package; `apt-get install chromium`).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own
  } catch {
    // no bundled browser: fall through
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`; " +
      "elsewhere: `npx playwright install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.",
  );
}

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
