// Takes narrow and wide screenshots of the main pages of a running Tandem
// (BASE_URL, default http://localhost:3000) into screenshots/, for a person to look at.
//   npx tsx scripts/screenshots.ts [path …]
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const WIDTHS = { narrow: 390, wide: 1280 };

const PAGES: { path: string; as?: keyof typeof DEMO_ACCOUNTS }[] = [
  { path: "/fr" },
  { path: "/en/sign-up/organisation" },
  { path: "/fr/org", as: "orgMember" },
  { path: "/fr/org/needs/new", as: "orgMember" },
  { path: `/fr/org/needs/${DEMO_IDS.need}`, as: "orgMember" },
  { path: "/en/volunteer", as: "volunteer" },
  { path: "/en/volunteer/profile", as: "volunteer" },
  { path: "/fr/coordinator", as: "coordinator" },
  { path: "/fr/coordinator/volunteers", as: "coordinator" },
  { path: `/fr/pairings/${DEMO_IDS.pairing}`, as: "coordinator" },
  { path: "/fr/admin", as: "admin" },
];

async function signIn(page: Page, who: keyof typeof DEMO_ACCOUNTS) {
  await page.goto(`${BASE}/fr/sign-in`);
  await page.locator("#field-email").fill(DEMO_ACCOUNTS[who].email);
  await page.locator("#field-password").fill(DEMO_PASSWORD);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

async function main() {
  const only = process.argv.slice(2);
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  for (const [label, width] of Object.entries(WIDTHS)) {
    const sessions = new Map<string, Page>();
    for (const entry of PAGES.filter((p) => !only.length || only.some((o) => p.path.includes(o)))) {
      const key = entry.as ?? "visitor";
      let page = sessions.get(key);
      if (!page) {
        page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
        if (entry.as) await signIn(page, entry.as);
        sessions.set(key, page);
      }
      await page.goto(`${BASE}${entry.path}`);
      const file = `screenshots/${label}${entry.path.replace(/[/?=&]/g, "_")}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
