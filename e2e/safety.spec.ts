// Access and input safety: another organisation's need is a not-found, and a
// form with bad input answers with field errors without losing what was typed.
import { expect, test } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { DEMO_ACCOUNTS, expectAccessible, signIn, visit } from "./helpers";

test("a member of one organisation gets a not-found for another organisation's need", async ({ page }) => {
  // membre1@example.org belongs to another demo organisation than the reference charity.
  await signIn(page, "en", "membre1@example.org");
  const response = await page.goto(`/en/org/needs/${DEMO_IDS.need}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: catalogues.en.errors && createTranslator(catalogues.en, "en")("errors.notFoundTitle") })).toBeVisible();
  await expectAccessible(page);
  // The reference charity's own member does see it.
  await page.context().clearCookies();
  await signIn(page, "en", DEMO_ACCOUNTS.orgMember.email);
  const own = await page.goto(`/en/org/needs/${DEMO_IDS.need}`);
  expect(own?.status()).toBe(200);
});

for (const locale of ["fr", "en"] as const) {
  test(`invalid need input shows field errors and keeps the text (${locale})`, async ({ page }) => {
    const t = createTranslator(catalogues[locale], locale);
    await signIn(page, locale, DEMO_ACCOUNTS.orgMember.email);
    await visit(page, `/${locale}/org/needs/new`);
    await page.getByLabel(t("needs.fields.title")).fill("Un titre gardé");
    await page.getByLabel(t("needs.fields.durationWeeks")).fill("900");
    await page.getByRole("button", { name: t("needs.form.submit") }).click();
    await expect(page.getByText(t("errors.validation"))).toBeVisible();
    await expect(page.getByText(t("needs.validation.goalsTooShort"))).toBeVisible();
    await expect(page.getByText(t("validation.tooBig", { max: 52 }))).toBeVisible();
    await expect(page.getByLabel(t("needs.fields.title"))).toHaveValue("Un titre gardé");
    await expect(page.getByLabel(t("needs.fields.goals"))).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });
}

test("wrong password says so, in the page's language", async ({ page }) => {
  await visit(page, "/fr/sign-in");
  await page.locator("#field-email").fill(DEMO_ACCOUNTS.coordinator.email);
  await page.locator("#field-password").fill("not the password");
  await page.locator("main form button[type=submit]").click();
  await expect(page.getByText(createTranslator(catalogues.fr, "fr")("auth.signIn.invalid"))).toBeVisible();
  await expect(page.locator("#field-email")).toHaveValue(DEMO_ACCOUNTS.coordinator.email);
});
