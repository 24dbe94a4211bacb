// A volunteer says what they do not want to be proposed, in both languages, with axe on every
// page: a kind of need on the profile (the open need of that kind leaves their list), then a
// conflict of interest declared from an open need's card (the organisation's need leaves the
// list), seen on the profile and by a coordinator, an organisation found by name and opted out
// of; then everything is removed and the need is back. Serial, and the volunteer ends as they
// started: the cohort spec, which runs last, proposes the demo program's open needs.
import { expect, test } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, visit, type Locale } from "./helpers";

test.describe.configure({ mode: "serial" });

/** A demo volunteer no other spec signs in as, with room for two pairings and an open need that fits. */
const VOLUNTEER = "benevole5@example.org";
const tr = (locale: Locale) => createTranslator(catalogues[locale], locale);

const NOTE = { fr: "Ancienne collègue de la directrice", en: "Former colleague of the director" } as const;

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = tr(locale);
  const x = (key: string, params?: Record<string, string | number>) => t(`volunteer.exclusions.${key}`, params);

  test(`opts out of a kind of need, declares and removes a conflict of interest (${locale})`, async ({ browser }) => {
    const page = await newPage(browser);
    await signIn(page, locale, VOLUNTEER);
    await visit(page, `/${locale}/volunteer/needs`);
    const cards = page.locator("main ul > li");
    await expect(cards.first()).toBeVisible();
    const organisation = ((await cards.first().getByTestId("organisation-name").textContent()) ?? "").trim();
    const needType = ((await cards.first().getByTestId("need-type").textContent()) ?? "").trim();
    expect(organisation).not.toBe("");
    const card = () => page.locator("main ul > li").filter({ has: page.getByTestId("organisation-name").getByText(organisation, { exact: true }) });
    await expect(card()).toHaveCount(1);

    // 1. The kind of need, on the profile: the need leaves the open needs, and comes back.
    await visit(page, `/${locale}/volunteer/profile`);
    const needTypes = page.getByRole("group", { name: x("needTypes") });
    await needTypes.getByLabel(needType, { exact: true }).check();
    await page.getByRole("button", { name: x("saveOptOuts") }).click();
    await expect(page.getByText(x("optOutsSaved"))).toBeVisible();
    await expectAccessible(page);
    await visit(page, `/${locale}/volunteer/needs`);
    await expect(card()).toHaveCount(0);
    await visit(page, `/${locale}/volunteer/profile`);
    await expect(needTypes.getByLabel(needType, { exact: true })).toBeChecked();
    await needTypes.getByLabel(needType, { exact: true }).uncheck();
    await page.getByRole("button", { name: x("saveOptOuts") }).click();
    await expect(page.getByText(x("optOutsSaved"))).toBeVisible();

    // 2. A conflict of interest from the need's card, with the keyboard.
    await visit(page, `/${locale}/volunteer/needs`);
    await expect(card()).toHaveCount(1);
    await card().locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(card().getByLabel(x("relation"))).toBeVisible();
    await expectAccessible(page);
    // Without a relation, the form says so and keeps the note.
    await card().getByLabel(x("note")).fill(NOTE[locale]);
    await card().getByRole("button", { name: new RegExp(x("declareConflict")) }).click();
    await expect(card().getByText(x("validation.relation"))).toBeVisible();
    await expect(card().getByLabel(x("note"))).toHaveValue(NOTE[locale]);
    await expect(card().getByLabel(x("relation"))).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    await card().getByLabel(x("relation")).selectOption({ label: x("relations.EMPLOYEE") });
    await card().getByRole("button", { name: new RegExp(x("declareConflict")) }).click();
    await page.waitForURL(/done=conflict/);
    await expect(page.getByText(x("hiddenAfterConflict"))).toBeVisible();
    await expect(card()).toHaveCount(0);
    await expectAccessible(page);

    // 3. The profile lists it.
    await page.getByRole("link", { name: x("manageOnProfile") }).click();
    await page.waitForURL(/\/volunteer\/profile/);
    const conflicts = page.getByTestId("conflicts");
    await expect(conflicts).toContainText(organisation);
    await expect(conflicts).toContainText(x("relations.EMPLOYEE"));
    await expectAccessible(page);

    if (locale === "fr") {
      // A coordinator sees it on the volunteer's page.
      const name = ((await page.locator("header span.text-muted").first().textContent()) ?? "").trim();
      const coordinator = await newPage(browser);
      await signIn(coordinator, locale, DEMO_ACCOUNTS.coordinator.email);
      await visit(coordinator, `/${locale}/coordinator/volunteers?q=${encodeURIComponent(name)}`);
      await coordinator.getByRole("link", { name, exact: true }).first().click();
      await coordinator.waitForURL(/\/coordinator\/volunteers\/[^/?]+$/);
      await expect(coordinator.getByRole("heading", { name: t("coordinator.volunteers.exclusionsTitle") })).toBeVisible();
      await expect(coordinator.getByTestId("coordinator-conflicts")).toContainText(organisation);
      await expectAccessible(coordinator);
      await coordinator.context().close();
    }

    // 4. The organisation by name: it shows the conflict, and can also be opted out of.
    await page.getByLabel(x("searchLabel")).fill(organisation);
    await page.getByRole("button", { name: x("searchSubmit"), exact: true }).click();
    const result = page.getByTestId("organisation-results").getByRole("listitem").filter({ hasText: organisation }).first();
    await expect(result).toContainText(x("hasConflict"));
    await expectAccessible(page);
    await result.locator("summary").click();
    await result.getByRole("button", { name: new RegExp(x("optOutOrganisation")) }).click();
    await expect(result.getByText(x("optedOut"))).toBeVisible();
    await expect(page.getByTestId("organisation-opt-outs")).toContainText(organisation);
    await expectAccessible(page);
    const again = page.getByTestId("organisation-results").getByRole("listitem").filter({ hasText: organisation }).first();
    await expect(again).toContainText(x("isOptedOut"));

    // 5. Everything removed: the need is back.
    await page.getByTestId("organisation-opt-outs").getByRole("button", { name: new RegExp(x("remove")) }).first().click();
    await expect(page.getByText(x("noOrganisationOptOuts"))).toBeVisible();
    await conflicts.getByRole("button", { name: new RegExp(x("remove")) }).first().click();
    await expect(page.getByText(x("noConflicts"))).toBeVisible();
    await expectAccessible(page);
    await visit(page, `/${locale}/volunteer/needs`);
    await expect(card()).toHaveCount(1);
    await page.context().close();
  });
}
