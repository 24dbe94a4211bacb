// Password reset through the development outbox, and the language switch.
import { expect, test } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { expectAccessible, signIn, visit } from "./helpers";

test("password reset by emailed link", async ({ page }) => {
  const t = createTranslator(catalogues.en, "en");
  // An account no other spec signs in with: its password changes here.
  const email = "membre20@example.org";
  await visit(page, "/en/forgot-password");
  await page.getByLabel(t("auth.fields.email")).fill(email);
  await page.getByRole("button", { name: t("auth.forgot.submit") }).click();
  await expect(page.getByText(t("auth.forgot.sent"))).toBeVisible();

  await visit(page, "/en/dev/outbox");
  const message = page.getByRole("listitem").filter({ hasText: email }).first();
  const text = await message.getByTestId("email-text").innerText();
  const link = /https?:\/\/\S+\/reset-password\/\S+/.exec(text)?.[0];
  expect(link).toBeTruthy();

  // The link is in the account holder's language; this test reads the English page.
  await visit(page, new URL(link!).pathname.replace(/^\/(fr|en)\//, "/en/"));
  await page.getByLabel(t("auth.fields.newPassword")).fill("a brand new password");
  await page.getByLabel(t("auth.fields.confirmPassword")).fill("a brand new password");
  await page.getByRole("button", { name: t("auth.reset.submit") }).click();
  await page.waitForURL(/\/sign-in\?reset=1/);
  await expect(page.getByText(t("auth.reset.done"))).toBeVisible();
  await signIn(page, "en", email, "a brand new password");
  await expect(page).toHaveURL(/\/en\/org/);
});

test("the language switch keeps the page and remembers the choice", async ({ page }) => {
  await visit(page, "/fr/sign-up");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.waitForURL(/\/en\/sign-up$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(createTranslator(catalogues.en, "en")("auth.signUp.title"));
  await expectAccessible(page);
  // The bare address now leads to English.
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
});

test("every role sees its own area from the navigation", async ({ page }) => {
  await signIn(page, "fr", "julien.marchand@tandem.example.org");
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Bénévoles" })).toBeVisible();
  await visit(page, "/fr/coordinator/volunteers");
  await expect(page.getByRole("link", { name: "Kemi Adeyemi" })).toBeVisible();
  // A coordinator is not an organisation member: that area does not exist for them.
  const response = await page.goto("/fr/org");
  expect(response?.status()).toBe(404);
});

test("a person downloads their data from the account page", async ({ page }) => {
  await signIn(page, "en", "benevole3@example.org");
  await visit(page, "/en/account");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: createTranslator(catalogues.en, "en")("common.account.export") }).click();
  const download = await downloading;
  const { readFile } = await import("node:fs/promises");
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as { user: { email: string } };
  expect(data.user.email).toBe("benevole3@example.org");
});
