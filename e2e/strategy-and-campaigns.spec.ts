// The strategy workspace and campaigns, in each language: the charity member and the volunteer
// edit the strategy at the same time in two browsers (no edit lost, the conflict shown and
// resolved), the history shows who changed what, the document exports to Markdown and prints;
// the campaign page shows progress as a chart and a table, takes a measurement and a CSV import.
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { SECTION_KEYS } from "@/lib/strategy";
import { catalogues } from "@/messages";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, unique, visit, type Locale } from "./helpers";
import { DEMO_IDS } from "@/prisma/seed/demo-accounts";

const strategyPath = (locale: Locale) => `/${locale}/pairings/${DEMO_IDS.pairing}/strategy`;
const saveStatus = (page: Page, section: string) => page.locator(`#section-${section} [data-save-status]`);

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = createTranslator(catalogues[locale], locale);

  test(`two people edit the strategy at once; history, Markdown and print (${locale})`, async ({ browser }) => {
    // Two browsers, axe on long pages: more than the default minute on a small machine.
    test.setTimeout(240_000);
    const id = unique();
    const nadia = await newPage(browser);
    const kemi = await newPage(browser);
    await signIn(nadia, locale, DEMO_ACCOUNTS.orgMember.email);
    await signIn(kemi, locale, DEMO_ACCOUNTS.volunteer.email);
    await visit(nadia, strategyPath(locale));
    await visit(kemi, strategyPath(locale));

    // Both have the same version of the mission open. Nadia saves first.
    const nadiaText = `Nadia ${id}`;
    const kemiText = `Kemi ${id}`;
    await nadia.locator("#strategy-mission-statement").fill(nadiaText);
    await expect(saveStatus(nadia, "mission")).toHaveAttribute("data-save-status", "saved");

    // Kemi changed the same field from the older version: she sees both versions, nothing is overwritten.
    await kemi.locator("#strategy-mission-statement").fill(kemiText);
    const conflict = kemi.locator("#section-mission").getByRole("alert");
    await expect(conflict).toContainText(t("strategy.conflict.title"));
    await expect(conflict).toContainText(nadiaText);
    await expect(conflict).toContainText(kemiText);
    await expect(conflict).toContainText(t("strategy.workspace.conflictBy", { name: DEMO_ACCOUNTS.orgMember.name }));
    await expectAccessible(kemi);
    await conflict.getByRole("button", { name: t("strategy.conflict.keepMine") }).click();
    await expect(saveStatus(kemi, "mission")).toHaveAttribute("data-save-status", "saved");

    // Edits of different sections at the same moment are both kept.
    const nadiaTone = `Ton ${id}`;
    const kemiValues = `Values ${id}`;
    await Promise.all([nadia.locator("#strategy-culture-notes").fill(nadiaTone), kemi.locator("#strategy-pitch-values").fill(kemiValues)]);
    await expect(saveStatus(nadia, "culture")).toHaveAttribute("data-save-status", "saved");
    await expect(saveStatus(kemi, "pitch")).toHaveAttribute("data-save-status", "saved");
    for (const page of [nadia, kemi]) {
      await page.reload();
      await expect(page.locator("#strategy-mission-statement")).toHaveValue(kemiText);
      await expect(page.locator("#strategy-culture-notes")).toHaveValue(nadiaTone);
      await expect(page.locator("#strategy-pitch-values")).toHaveValue(kemiValues);
    }

    // A comment on the mission, seen by the other side.
    await nadia.locator("#comment-mission-new").fill(`Merci ${id}`);
    await nadia.locator("#comments-mission").getByRole("button", { name: t("strategy.workspace.comments.submit") }).click();
    await expect(nadia.locator("#comments-mission")).toContainText(t("strategy.workspace.comments.added"));
    await kemi.reload();
    await expect(kemi.locator("#comments-mission")).toContainText(`Merci ${id}`);

    // History: who changed what, as a readable diff between two versions.
    await visit(nadia, `${strategyPath(locale)}/history`);
    const entries = nadia.getByRole("listitem").filter({ hasText: t("strategy.sections.mission.title") }).filter({ hasText: DEMO_ACCOUNTS.volunteer.name });
    await expect(entries.first()).toBeVisible();
    await entries.first().getByRole("link", { name: new RegExp(t("strategy.workspace.history.compareWithPrevious")) }).click();
    // A word diff: the changed word struck through and the new one highlighted, the rest as is.
    const changed = nadia.locator("p").filter({ has: nadia.locator("ins") }).filter({ hasText: id });
    await expect(changed.locator("del")).toContainText("Nadia");
    await expect(changed.locator("ins")).toContainText("Kemi");
    await expectAccessible(nadia);

    // Markdown export: every section, the latest text.
    const markdown = await nadia.request.get(`${strategyPath(locale)}/markdown`);
    expect(markdown.status()).toBe(200);
    expect(markdown.headers()["content-type"]).toContain("text/markdown");
    const body = await markdown.text();
    for (const key of SECTION_KEYS) expect(body).toContain(`## ${t(`strategy.sections.${key}.title`)}`);
    expect(body).toContain(kemiText);

    // The printable page: every section, the site's navigation hidden when printed.
    await visit(nadia, `${strategyPath(locale)}/print`);
    await expect(nadia.getByRole("heading", { level: 2 })).toHaveCount(SECTION_KEYS.length);
    await expect(nadia.getByText(kemiText)).toBeVisible();
    await nadia.emulateMedia({ media: "print" });
    await expect(nadia.getByRole("button", { name: t("strategy.workspace.print.button") })).toBeHidden();
    await expect(nadia.locator("header").first()).toBeHidden();
  });

  test(`campaign progress as a chart and a table; measurements and CSV import (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await newPage(browser);
    await signIn(page, locale, DEMO_ACCOUNTS.orgMember.email);
    await visit(page, `/${locale}/pairings/${DEMO_IDS.pairing}/campaigns`);
    await page.getByRole("link", { name: "Campagne de dons de trois semaines" }).click();
    await page.waitForURL(/\/campaigns\/[a-z0-9]+$/);
    await expectAccessible(page);

    const kpiName = "Montant des dons";
    const card = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: kpiName }) });
    await expect(card.getByRole("img", { name: t("campaigns.workspace.chart.caption", { kpi: kpiName }) }).locator("svg.recharts-surface").last()).toBeVisible();
    const table = card.getByRole("table", { name: t("campaigns.workspace.table.caption", { kpi: kpiName }) });
    await expect(table.getByRole("row")).not.toHaveCount(1);

    // A measurement for today (the date field defaults to today).
    await card.locator('input[name="value"]').fill("9100");
    await card.getByRole("button", { name: t("campaigns.workspace.measurement.submit") }).click();
    await expect(card.getByText(t("campaigns.workspace.measurement.saved"))).toBeVisible();
    await expectAccessible(page);

    // A CSV with one good line and one bad one: the bad line is reported with its reason.
    const today = await card.locator('input[name="date"]').inputValue();
    await page.locator("#import-file").setInputFiles({
      name: "mesures.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`date;indicateur;valeur\n${today};${kpiName};9200\n${today};inconnu;5\n`),
    });
    await page.getByRole("button", { name: t("campaigns.workspace.import.submit") }).click();
    await expect(page.getByText(t("campaigns.workspace.import.done", { count: 1 }))).toBeVisible();
    const report = page.getByRole("table", { name: t("campaigns.import.summary.rejected", { count: 1 }) });
    await expect(report).toContainText(t("campaigns.import.reasons.kpiUnknown", { value: "inconnu" }));
    await expectAccessible(page);

    const csv = await page.request.get(`${page.url()}/csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(t("campaigns.workspace.csv.columns.value"));
  });
}
