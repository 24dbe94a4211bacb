// The matching console in both languages, with axe on every page: ranked and
// explained candidates for the reference charity's open need (Kemi first),
// the side-by-side comparison, the weights preview, the volunteer's open needs;
// then a single proposal (en) after which the volunteer sees it. Serial: the
// last test changes the demo data the first ones read. The cohort run is in
// cohort.spec.ts, which runs after every other spec (see playwright.config.ts).
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { catalogues } from "@/messages";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, visit, type Locale } from "./helpers";

test.describe.configure({ mode: "serial" });

const OPEN_NEED_TITLE = "Campagne de dons de trois semaines avec le Collège Riverside";
const tr = (locale: Locale) => createTranslator(catalogues[locale], locale);

async function coordinatorPage(browser: Parameters<typeof newPage>[0], locale: Locale): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, locale, DEMO_ACCOUNTS.coordinator.email);
  return page;
}

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = tr(locale);

  test(`ranked, explained candidates, comparison, weights preview and open needs (${locale})`, async ({ browser }) => {
    const coordinator = await coordinatorPage(browser, locale);
    await visit(coordinator, `/${locale}/coordinator/needs/${DEMO_IDS.openNeed}`);
    const first = coordinator.getByTestId("candidate").first();
    await expect(first).toContainText(DEMO_ACCOUNTS.volunteer.name);
    await expect(first).toContainText(t("matchmaking.candidates.rank", { rank: 1 }));
    await first.getByText(t("matchmaking.candidates.why")).click();
    await expect(first.getByText(t("matching.criteria.expressedInterest.yes"))).toBeVisible();
    await expect(first.getByText(t("matching.criteria.livedExperience.matches"))).toBeVisible();
    await expect(coordinator.locator("#excluded")).toBeVisible();
    await expectAccessible(coordinator);

    await first.getByRole("link", { name: new RegExp(t("matchmaking.candidates.compare")) }).click();
    await expect(coordinator.getByRole("heading", { name: t("matchmaking.compare.title", { name: DEMO_ACCOUNTS.volunteer.name }) })).toBeVisible();
    await expect(coordinator.getByRole("table", { name: t("matchmaking.compare.caption", { name: DEMO_ACCOUNTS.volunteer.name }) })).toBeVisible();
    await expectAccessible(coordinator);

    // Filters narrow the list to the volunteers who offered to help.
    await coordinator.getByLabel(t("matchmaking.filters.interested")).check();
    await coordinator.getByRole("button", { name: t("matchmaking.filters.apply") }).click();
    await expect(coordinator.getByTestId("candidate")).toHaveCount(1);
    await expectAccessible(coordinator);

    await visit(coordinator, `/${locale}/coordinator/programs/${DEMO_IDS.program}/matching`);
    await coordinator.getByLabel(t("matching.criteria.expressedInterest.label")).fill("0");
    await coordinator.getByLabel(t("matchmaking.weights.sampleNeed")).selectOption({ label: `${OPEN_NEED_TITLE} · Centre Mères Debout` });
    await coordinator.getByRole("button", { name: t("matchmaking.weights.preview") }).click();
    await expect(coordinator.getByRole("heading", { name: t("matchmaking.weights.previewTitle") })).toBeVisible();
    await expect(coordinator.getByRole("rowheader", { name: DEMO_ACCOUNTS.volunteer.name })).toBeVisible();
    await expectAccessible(coordinator);

    await visit(coordinator, `/${locale}/coordinator/cohorts`);
    await expect(coordinator.getByRole("link", { name: locale === "fr" ? "Initiative de jumelage 2026" : "Pairing Initiative 2026" })).toBeVisible();

    const kemi = await newPage(browser);
    await signIn(kemi, locale, DEMO_ACCOUNTS.volunteer.email);
    await visit(kemi, `/${locale}/volunteer/needs`);
    const card = kemi.getByRole("listitem").filter({ hasText: OPEN_NEED_TITLE });
    await expect(card).toContainText(t("matchmaking.open.youOffered"));
    await expect(card).toContainText("Centre Mères Debout");
  });
}

test("a volunteer offers help, the coordinator proposes a ranked candidate, the volunteer sees it (en)", async ({ browser }) => {
  const t = tr("en");
  // A demo volunteer offers to help with an approved need of another organisation.
  const coordinator = await coordinatorPage(browser, "en");
  await visit(coordinator, `/en/coordinator?status=APPROVED`);
  // The first approved need (other than the charity's) that has candidates.
  const links = coordinator.getByRole("table").getByRole("link").filter({ hasNotText: OPEN_NEED_TITLE });
  const needs = await Promise.all((await links.all()).map(async (link) => ({ title: (await link.textContent()) ?? "", href: (await link.getAttribute("href")) ?? "" })));
  let needTitle = "";
  for (const need of needs) {
    await coordinator.goto(need.href);
    if ((await coordinator.getByTestId("candidate").count()) > 0) {
      needTitle = need.title;
      break;
    }
  }
  expect(needTitle).not.toBe("");
  await expectAccessible(coordinator);
  const first = coordinator.getByTestId("candidate").first();
  const name = (await first.getByRole("link").first().textContent()) ?? "";
  // Find the volunteer's email on their profile, to sign in as them.
  await first.getByRole("link", { name, exact: true }).click();
  await coordinator.waitForURL(/\/coordinator\/volunteers\//);
  const email = (await coordinator.getByText(/@example\.org$/).first().textContent()) ?? "";
  await coordinator.goBack();

  const volunteer = await newPage(browser);
  await signIn(volunteer, "en", email);
  await visit(volunteer, "/en/volunteer/needs");
  const card = volunteer.getByRole("listitem").filter({ hasText: needTitle });
  await card.getByLabel(t("matchmaking.open.messageLabel")).fill("Happy to help with this one.");
  await card.getByRole("button", { name: new RegExp(t("matchmaking.open.offer")) }).click();
  await expect(card.getByText(t("matchmaking.open.youOffered"))).toBeVisible();
  await expectAccessible(volunteer);

  await coordinator.reload();
  const candidate = coordinator.getByTestId("candidate").filter({ hasText: name });
  await candidate.getByText(t("matchmaking.candidates.why")).click();
  await expect(candidate.getByText(t("matching.criteria.expressedInterest.yes"))).toBeVisible();
  await candidate.getByRole("button", { name: new RegExp(t("coordinator.need.propose")) }).click();
  await expect(coordinator.getByText(t("needs.status.MATCHING"), { exact: true }).first()).toBeVisible();

  await visit(volunteer, "/en/volunteer");
  await expect(volunteer.getByRole("heading", { name: needTitle })).toBeVisible();
});
