import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";

export type Locale = "fr" | "en";
export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** axe (WCAG 2.x A and AA rules) must report nothing on the page as it is now. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("load");
  // Next streams a dynamic page's metadata after its shell: wait for the <title> it must end up with.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 15_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await expectAccessible(page);
  return response;
}

export async function signIn(page: Page, locale: Locale, email: string, password = DEMO_PASSWORD) {
  await visit(page, `/${locale}/sign-in`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

export async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
