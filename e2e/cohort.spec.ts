// The cohort console (fr): run the optimal assignment over the demo program,
// remove a pair, re-solve, swap a volunteer, send; Kemi sees her proposal. It proposes every open
// need of the demo program, so it runs after all the other specs
// (its own Playwright project, see playwright.config.ts).
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { catalogues } from "@/messages";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, visit, type Locale } from "./helpers";

const OPEN_NEED_TITLE = "Campagne de dons de trois semaines avec le Collège Riverside";
const tr = (locale: Locale) => createTranslator(catalogues[locale], locale);

async function coordinatorPage(browser: Parameters<typeof newPage>[0], locale: Locale): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, locale, DEMO_ACCOUNTS.coordinator.email);
  return page;
}

test("the coordinator runs the cohort, removes a pair, re-solves, swaps a volunteer and sends; Kemi sees her proposal (fr, swap page in en)", async ({ browser }) => {
  const t = tr("fr");
  const coordinator = await coordinatorPage(browser, "fr");
  await visit(coordinator, `/fr/coordinator/cohorts/${DEMO_IDS.program}`);
  await coordinator.getByRole("button", { name: t("matchmaking.cohort.run") }).click();
  await expect(coordinator.getByRole("heading", { name: t("matchmaking.cohort.draftsTitle") })).toBeVisible();
  await expect(coordinator.getByTestId("optimal-total")).toBeVisible();
  const kemiRow = coordinator.getByTestId("draft").filter({ hasText: OPEN_NEED_TITLE });
  await expect(kemiRow).toContainText(DEMO_ACCOUNTS.volunteer.name);
  await expectAccessible(coordinator);

  // Keep Kemi's pair, remove another one, and solve again with those choices.
  await kemiRow.getByRole("button", { name: new RegExp(t("matchmaking.cohort.keep")) }).click();
  await expect(kemiRow.getByText(t("matchmaking.cohort.kept"), { exact: true })).toBeVisible();
  const other = coordinator.getByTestId("draft").filter({ hasNotText: OPEN_NEED_TITLE }).first();
  await other.getByRole("button", { name: new RegExp(t("matchmaking.cohort.remove")) }).click();
  await expect(coordinator.getByRole("heading", { name: t("matchmaking.cohort.removedTitle", { count: 1 }) })).toBeVisible();
  await coordinator.getByRole("button", { name: t("matchmaking.cohort.resolve") }).click();
  // The re-solve's own message: the page below is the new run, not the one before the click.
  await expect(coordinator.getByText(t("matchmaking.cohort.resolved"))).toBeVisible();
  await expect(coordinator.getByRole("button", { name: new RegExp(t("matchmaking.cohort.restore")) })).toBeVisible();
  await expect(coordinator.getByTestId("draft").filter({ hasText: OPEN_NEED_TITLE })).toContainText(t("matchmaking.cohort.kept"));
  await expectAccessible(coordinator);

  // Swap the volunteer of another pair (the first whose need has another candidate above the minimum)
  // for that candidate — not Kemi, who is kept elsewhere. Back on the console, the cohort was solved
  // again with the new pair kept and the old one removed.
  const useButton = new RegExp(t("matchmaking.swap.use"));
  const others = coordinator.getByTestId("draft").filter({ hasNotText: OPEN_NEED_TITLE });
  const consoleUrl = coordinator.url();
  let swapNeed = "";
  let previous = "";
  const choice = coordinator.getByTestId("candidate").filter({ has: coordinator.getByRole("button", { name: useButton }) }).filter({ hasNotText: DEMO_ACCOUNTS.volunteer.name }).first();
  for (let row = 0; row < (await others.count()) && !swapNeed; row++) {
    const swapRow = others.nth(row);
    const need = (await swapRow.locator("td").nth(0).getByRole("link").textContent())?.trim() ?? "";
    const volunteer = (await swapRow.locator("td").nth(1).textContent())?.trim() ?? "";
    await swapRow.getByRole("link", { name: new RegExp(t("matchmaking.cohort.swap")) }).click();
    await expect(coordinator.getByTestId("swap-banner")).toContainText(volunteer);
    if ((await choice.count()) > 0) {
      swapNeed = need;
      previous = volunteer;
    } else {
      await coordinator.goto(consoleUrl);
    }
  }
  expect(swapNeed, "a drafted need with another candidate to swap in").not.toBe("");
  await expectAccessible(coordinator);
  const chosen = (await choice.locator("p").first().getByRole("link").textContent())?.trim() ?? "";
  expect(chosen).not.toBe("");
  await choice.getByRole("button", { name: useButton }).click();
  await expect(coordinator.getByTestId("swap-status")).toContainText(t("matchmaking.cohort.swapped"));
  const swapped = coordinator.getByTestId("draft").filter({ hasText: swapNeed });
  await expect(swapped).toContainText(chosen);
  await expect(swapped).toContainText(t("matchmaking.cohort.kept"));
  await expect(coordinator.getByText(t("matchmaking.cohort.removedPair", { need: swapNeed, volunteer: previous }))).toBeVisible();
  await expectAccessible(coordinator);

  // The same console and swap page in English.
  const en = tr("en");
  await visit(coordinator, `/en/coordinator/cohorts/${DEMO_IDS.program}`);
  await coordinator.getByTestId("draft").filter({ hasText: swapNeed }).getByRole("link", { name: new RegExp(en("matchmaking.cohort.swap")) }).click();
  await expect(coordinator.getByTestId("swap-banner")).toContainText(en("matchmaking.swap.back"));
  await expectAccessible(coordinator);
  await coordinator.getByTestId("swap-banner").getByRole("link", { name: en("matchmaking.swap.back") }).click();
  await expect(coordinator.getByRole("heading", { name: en("matchmaking.cohort.draftsTitle") })).toBeVisible();
  await visit(coordinator, `/fr/coordinator/cohorts/${DEMO_IDS.program}`);

  const drafts = await coordinator.getByTestId("draft").count();
  await coordinator.getByRole("button", { name: t("matchmaking.cohort.send", { count: drafts }) }).click();
  await expect(coordinator.getByRole("heading", { name: t("matchmaking.cohort.sentTitle") })).toBeVisible();
  await expectAccessible(coordinator);

  const kemi = await newPage(browser);
  await signIn(kemi, "fr", DEMO_ACCOUNTS.volunteer.email);
  await visit(kemi, "/fr/volunteer");
  await expect(kemi.getByRole("heading", { name: OPEN_NEED_TITLE })).toBeVisible();
});
