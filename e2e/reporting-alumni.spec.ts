// Coordinator reporting and the alumni network, in each language: the demo coordinator opens the
// demo program's dashboard, downloads the four CSV exports, prints the funder report, and invites
// an alumni mentee to volunteer; the mentee confirms the prefilled profile. axe checks every page.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { DEMO_ALUMNI } from "@/prisma/seed/reporting-demo";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, visit, type Locale } from "./helpers";

const PROGRAM = "demo-program-2026";

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = createTranslator(catalogues[locale], locale);

  test(`dashboard, exports, funder report and alumni invitation (${locale})`, async ({ browser }) => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, locale, DEMO_ACCOUNTS.coordinator.email);

    // 1. The dashboard of the demo program, from the navigation.
    await coordinator.getByRole("navigation", { name: t("common.nav.label") }).getByRole("link", { name: t("common.nav.dashboard") }).click();
    await coordinator.waitForURL(`**/${locale}/coordinator/dashboard`);
    await coordinator.getByLabel(t("reporting.filter.program")).selectOption(PROGRAM);
    await coordinator.getByRole("button", { name: t("reporting.filter.apply") }).click();
    await coordinator.waitForURL(new RegExp(`program=${PROGRAM}`));
    await expect(coordinator.getByRole("heading", { name: t("reporting.funnel.title") })).toBeVisible();
    const pairingsTable = coordinator.getByRole("table", { name: t("reporting.pairings.caption") });
    // The demo program has completed pairings (several features' demo data add to them) and at-risk ones.
    await expect(pairingsTable.getByRole("row", { name: new RegExp(`^${t("reporting.pairings.completed")}\\s*[1-9]`) })).toBeVisible();
    await expect(coordinator.getByText(t("reporting.atRisk.none"))).toHaveCount(0);
    await expectAccessible(coordinator);

    // 2. The four CSV exports.
    for (const kind of ["needs", "pairings", "sessions", "surveys"] as const) {
      const file = await download(coordinator, t(`reporting.exports.${kind}`));
      expect(file.name).toMatch(new RegExp(`^tandem-${kind}-\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const [header, ...rows] = file.text.replace(/^\ufeff/, "").trim().split("\r\n");
      expect(header).toContain(t("reporting.exports.columns.program"));
      expect(rows.length).toBeGreaterThan(0);
    }

    // 3. The funder report, printed.
    await coordinator.getByRole("link", { name: t("reporting.exports.funderReport") }).click();
    await coordinator.waitForURL(/\/coordinator\/reports\/funder/);
    await expect(coordinator.getByRole("heading", { level: 1, name: locale === "fr" ? "Initiative de jumelage 2026" : "Pairing Initiative 2026" })).toBeVisible();
    await expect(coordinator.getByRole("heading", { name: t("reporting.funder.testimonials") })).toBeVisible();
    await expect(coordinator.getByText(/Nous publions maintenant chaque semaine/)).toBeVisible();
    await expectAccessible(coordinator);
    await coordinator.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "yes");
    });
    await coordinator.getByRole("button", { name: t("reporting.funder.print") }).click();
    await expect(coordinator.locator("body")).toHaveAttribute("data-printed", "yes");
    await coordinator.emulateMedia({ media: "print" });
    await expect(coordinator.getByRole("button", { name: t("reporting.filter.apply") })).toBeHidden();
    await expect(coordinator.getByRole("heading", { name: t("reporting.funder.headline") })).toBeVisible();
    await coordinator.emulateMedia({ media: "screen" });

    // 4. An alumni mentee invited to volunteer.
    const mentee = DEMO_ALUMNI[locale];
    await visit(coordinator, `/${locale}/coordinator/alumni?program=${PROGRAM}`);
    const card = coordinator.getByRole("article", { name: mentee.name });
    await card.getByRole("button", { name: t("alumni.coordinator.inviteToVolunteer", { name: mentee.name }) }).click();
    await expect(card.getByText(t("alumni.coordinator.invited"))).toBeVisible();
    await expectAccessible(coordinator);

    // 5. The mentee confirms the prefilled volunteer profile.
    const invitee = await newPage(browser);
    await signIn(invitee, locale, mentee.email);
    await invitee.getByRole("navigation", { name: t("common.nav.label") }).getByRole("link", { name: t("common.nav.myAlumni") }).click();
    await invitee.waitForURL(`**/${locale}/alumni`);
    await expect(invitee.getByText(t("alumni.self.invitedToVolunteer"))).toBeVisible();
    await expectAccessible(invitee);
    await invitee.getByRole("link", { name: t("alumni.self.becomeVolunteer") }).click();
    await invitee.waitForURL(`**/${locale}/alumni/volunteer`);
    await expectAccessible(invitee);
    await expect(invitee.getByLabel(t("volunteer.fields.headline"))).not.toHaveValue("");
    await invitee.getByLabel(t("volunteer.fields.seniorityYears")).fill("6");
    await invitee.getByRole("button", { name: t("volunteer.profile.save") }).click();
    await invitee.waitForURL(new RegExp(`/${locale}/volunteer`));
    await expectAccessible(invitee);

    await visit(coordinator, `/${locale}/coordinator/alumni?program=${PROGRAM}&q=${encodeURIComponent(mentee.name)}`);
    await expect(coordinator.getByRole("article", { name: mentee.name }).getByText(t("alumni.coordinator.nowVolunteer"))).toBeVisible();
  });
}
