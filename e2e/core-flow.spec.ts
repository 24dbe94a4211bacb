// The core flow of the foundation, in each language: a nonprofit registers and
// submits a need, a volunteer completes a profile, the coordinator approves the
// need and proposes the volunteer, the volunteer accepts, and all three see the
// pairing page. axe checks every page on the way.
import { expect, test } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, unique, visit, type Locale } from "./helpers";

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = createTranslator(catalogues[locale], locale);

  test(`core flow (${locale})`, async ({ browser }) => {
    const id = unique();
    const needTitle = `${locale === "fr" ? "Notre stratégie numérique" : "Our digital strategy"} ${id}`;
    const volunteerName = `Val ${id}`;

    // 1. A nonprofit member registers the organisation and submits a need.
    const org = await newPage(browser);
    await visit(org, `/${locale}/sign-up/organisation`);
    await org.getByLabel(t("auth.fields.organisationName")).fill(`Organisme ${id}`);
    await org.getByLabel(t("auth.fields.sector")).selectOption({ index: 1 });
    await org.getByLabel(t("auth.fields.name")).fill(`Membre ${id}`);
    await org.getByLabel(t("auth.fields.email")).fill(`org-${id}@example.org`);
    await org.getByLabel(t("auth.fields.newPassword")).fill("a long enough password");
    await org.getByRole("button", { name: t("auth.signUp.org.submit") }).click();
    await org.waitForURL(`**/${locale}/org/needs/new`);
    await expectAccessible(org);

    await org.getByRole("radio", { name: locale === "fr" ? "Stratégie de médias sociaux" : "Social-media strategy" }).check();
    await org.getByLabel(t("needs.fields.title")).fill(needTitle);
    await org.getByLabel(t("needs.fields.goals")).fill(locale === "fr" ? "Publier chaque semaine.\nDoubler notre communauté." : "Post every week.\nDouble our community.");
    await org.getByLabel(t("needs.fields.desiredStartOn")).fill("2027-01-11");
    await org.getByLabel(t("needs.fields.durationWeeks")).fill("12");
    await org.getByRole("checkbox", { name: t(`common.languages.${locale}`) }).check();
    await org.getByRole("button", { name: t("needs.form.submit") }).click();
    await org.waitForURL(/\/org\/needs\/[a-z0-9]+$/);
    await expect(org.getByText(t("needs.status.SUBMITTED"), { exact: true }).first()).toBeVisible();
    await expectAccessible(org);

    // 2. A volunteer signs up and completes the profile.
    const volunteer = await newPage(browser);
    await visit(volunteer, `/${locale}/sign-up/volunteer`);
    await volunteer.getByLabel(t("auth.fields.name")).fill(volunteerName);
    await volunteer.getByLabel(t("auth.fields.email")).fill(`vol-${id}@example.org`);
    await volunteer.getByLabel(t("auth.fields.newPassword")).fill("a long enough password");
    await volunteer.getByRole("button", { name: t("auth.signUp.volunteer.submit") }).click();
    await volunteer.waitForURL(`**/${locale}/volunteer/profile`);
    await expectAccessible(volunteer);
    await volunteer.getByLabel(t("volunteer.fields.headline")).fill("Social media strategist");
    await volunteer.getByLabel(t("volunteer.fields.seniorityYears")).fill("45");
    for (const skill of locale === "fr" ? ["Médias sociaux", "Stratégie de contenu", "Animation de communauté", "Mesure et analytique"] : ["Social media", "Content strategy", "Community management", "Measurement and analytics"]) {
      await volunteer.getByRole("checkbox", { name: skill, exact: true }).check();
    }
    await volunteer.getByRole("checkbox", { name: t(`common.languages.${locale}`) }).check();
    await volunteer.getByRole("button", { name: t("volunteer.profile.save") }).click();
    await expect(volunteer.getByText(t("volunteer.profile.saved"))).toBeVisible();

    // 3. The coordinator approves the need and proposes the volunteer.
    const coordinator = await newPage(browser);
    await signIn(coordinator, locale, DEMO_ACCOUNTS.coordinator.email);
    await expect(coordinator).toHaveURL(new RegExp(`/${locale}/coordinator`));
    await expectAccessible(coordinator);
    await coordinator.getByRole("link", { name: needTitle }).click();
    await coordinator.waitForURL(/\/coordinator\/needs\//);
    await expectAccessible(coordinator);
    await coordinator.getByRole("button", { name: t("coordinator.need.approve") }).click();
    // The page now shows the need as approved, with the volunteers who fit.
    await expect(coordinator.getByRole("heading", { name: t("coordinator.need.candidatesTitle") })).toBeVisible();
    await expect(coordinator.getByText(t("needs.status.APPROVED"), { exact: true }).first()).toBeVisible();
    const candidate = coordinator.getByRole("listitem").filter({ hasText: volunteerName });
    await expect(candidate).toBeVisible();
    await expectAccessible(coordinator);
    await candidate.getByRole("button", { name: new RegExp(t("coordinator.need.propose")) }).click();
    // The need now waits for the volunteer's answer.
    await expect(coordinator.getByText(t("needs.status.MATCHING"), { exact: true }).first()).toBeVisible();
    await expect(coordinator.getByText(new RegExp(volunteerName)).first()).toBeVisible();

    // 4. The volunteer accepts and lands on the pairing page.
    await visit(volunteer, `/${locale}/volunteer`);
    await expect(volunteer.getByRole("heading", { name: needTitle })).toBeVisible();
    await volunteer.getByRole("button", { name: t("volunteer.proposals.accept") }).click();
    await volunteer.waitForURL(/\/pairings\/[a-z0-9]+$/);
    await expect(volunteer.getByText(t("pairing.status.ACCEPTED"), { exact: true }).first()).toBeVisible();
    await expectAccessible(volunteer);
    const pairingPath = new URL(volunteer.url()).pathname;

    // 5. The organisation and the coordinator see the same pairing page.
    await visit(org, `/${locale}/org`);
    await org.getByRole("link", { name: t("org.home.openPairing") }).click();
    await expect(org).toHaveURL(new RegExp(`${pairingPath}$`));
    await expect(org.getByText(volunteerName, { exact: true }).first()).toBeVisible();
    await expectAccessible(org);
    await visit(coordinator, pairingPath);
    await expect(coordinator.getByRole("heading", { level: 1 })).toContainText(`Organisme ${id}`);
  });
}
