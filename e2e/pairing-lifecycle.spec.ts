// The pairing lifecycle on the demo data, in each language, with axe on every
// page: the reference pairing's weekly sessions (each person sees the next one
// in their own zone), calendar feed and invite (valid iCalendar), the expired
// proposal that cascades, at-risk pairings and a coordinator stepping in, and
// a close-out answered by both sides that makes them alumni.
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { LIFECYCLE_DEMO } from "@/prisma/seed/demo-lifecycle";
import { parseICalendar } from "@/tests/support/icalendar";
import { DEMO_ACCOUNTS, expectAccessible, newPage, signIn, visit, type Locale } from "./helpers";

/** Intl puts narrow no-break spaces in times ("10 h 00", "10:00 a.m."); compare on plain spaces. */
const plain = (text: string) => text.replace(/\s/gu, " ");
const TIMES: Record<Locale, { winnipeg: RegExp; toronto: RegExp }> = {
  // The range starts after the date: "24 nov. 2026, 10 h 00 – 11 h 00", "Nov 24, 2026, 10:00–11:00 a.m.".
  fr: { winnipeg: /, 10 h 00/, toronto: /, 11 h 00/ },
  en: { winnipeg: /, 10:00/, toronto: /, 11:00/ },
};

/** A message with some params unknown in advance ("@@") as a regular expression. */
const pattern = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/@@/g, ".+"));

async function rowText(page: Page, name: string) {
  return plain(await page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) }).first().innerText());
}

for (const locale of ["fr", "en"] as const satisfies Locale[]) {
  const t = createTranslator(catalogues[locale], locale);
  const sessionsPath = `/${locale}/pairings/${DEMO_IDS.pairing}/sessions`;

  test(`weekly sessions of the reference pairing, in each person's time zone (${locale})`, async ({ browser }) => {
    const nadia = await newPage(browser);
    await signIn(nadia, locale, DEMO_ACCOUNTS.orgMember.email);
    await visit(nadia, `/${locale}/pairings/${DEMO_IDS.pairing}`);
    await expect(nadia.getByRole("heading", { name: t("sessions.page.title") })).toBeVisible();
    await nadia.getByRole("navigation", { name: t("pairing.tabs.label") }).getByRole("link", { name: t("pairing.tabs.sessions"), exact: true }).click();
    await nadia.waitForURL(`**${sessionsPath}`);
    await expectAccessible(nadia);
    await expect(nadia.getByText(pattern(t("sessions.slot.summary", { weekday: "@@", time: "@@", timeZone: "@@", duration: 60 })))).toBeVisible();
    // The next session: 10:00 for Nadia in Winnipeg, 11:00 for Kemi in Toronto.
    expect(await rowText(nadia, t("sessions.next.you", { name: DEMO_ACCOUNTS.orgMember.name }))).toMatch(TIMES[locale].winnipeg);
    expect(await rowText(nadia, DEMO_ACCOUNTS.volunteer.name)).toMatch(TIMES[locale].toronto);
    // Past sessions with their notes, decisions and action items; one action item is overdue.
    await expect(nadia.getByText("Kemi a présenté sa démarche", { exact: false })).toBeVisible();
    await expect(nadia.getByText("Facebook et Instagram en priorité", { exact: false })).toBeVisible();
    const overdue = nadia.getByRole("listitem").filter({ hasText: "Écrire au cégep pour présenter le projet" }).filter({ hasText: t("sessions.actionItems.overdue") });
    await expect(overdue).toBeVisible();
    await expect(nadia.getByText(t("scheduling.hours.total", { hours: locale === "fr" ? "5,5" : "5.5" }))).toBeVisible();

    // One session's page, reached from the list.
    await nadia.getByRole("heading", { level: 3 }).getByRole("link").last().click();
    await nadia.waitForURL(/\/sessions\/[a-z0-9]+$/);
    await expectAccessible(nadia);
    await expect(nadia.getByLabel(t("sessions.record.notes"))).toHaveValue(/Kemi a présenté sa démarche/);

    // Kemi sees the same session at her own time.
    const kemi = await newPage(browser);
    await signIn(kemi, locale, DEMO_ACCOUNTS.volunteer.email);
    await visit(kemi, sessionsPath);
    expect(await rowText(kemi, t("sessions.next.you", { name: DEMO_ACCOUNTS.volunteer.name }))).toMatch(TIMES[locale].toronto);
    expect(await rowText(kemi, DEMO_ACCOUNTS.orgMember.name)).toMatch(TIMES[locale].winnipeg);

    // The downloadable invite is valid iCalendar with every session.
    const invite = await kemi.request.get(`/api/pairings/${DEMO_IDS.pairing}/calendar`);
    expect(invite.headers()["content-type"]).toContain("text/calendar");
    expect(parseICalendar(await invite.text()).events).toHaveLength(16);
  });

  test(`a private calendar feed that imports and can be turned off (${locale})`, async ({ browser, request }) => {
    // One person per language, so the two runs never revoke each other's address.
    const page = await newPage(browser);
    await signIn(page, locale, locale === "fr" ? DEMO_ACCOUNTS.volunteer.email : DEMO_ACCOUNTS.orgMember.email);
    await visit(page, sessionsPath);
    await page.getByRole("button", { name: new RegExp(`${t("sessions.calendar.create")}|${t("sessions.calendar.recreate")}`) }).click();
    const field = page.getByLabel(t("sessions.calendar.urlLabel"));
    await expect(field).toBeVisible();
    await expectAccessible(page);
    const url = await field.inputValue();
    const feed = await request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const { calendar, events } = parseICalendar(await feed.text());
    expect(calendar.PRODID).toBeTruthy();
    expect(events.length).toBeGreaterThanOrEqual(10);
    await page.getByRole("button", { name: t("sessions.calendar.revoke") }).click();
    await expect(page.getByText(t("sessions.calendar.revoked"))).toBeVisible();
    expect((await request.get(url)).status()).toBe(404);
  });

  test(`an expired proposal cascades to the next-ranked volunteer (${locale})`, async ({ browser }) => {
    const story = LIFECYCLE_DEMO.cascade[locale];
    const coordinator = await newPage(browser);
    await signIn(coordinator, locale, DEMO_ACCOUNTS.coordinator.email);
    const card = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: story.need }) });
    // The worker expires the proposal when the server starts; give it a moment if needed.
    await expect(async () => {
      await coordinator.goto(`/${locale}/coordinator/pairings`);
      await expect(card).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expectAccessible(coordinator);
    await expect(card.getByText(pattern(t("sessions.health.closed.EXPIRED", { volunteer: "@@", date: "@@" })))).toBeVisible();
    const propose = card.getByRole("button", { name: new RegExp(t("sessions.health.proposeNext", { name: "" }).trim()) });
    const name = plain(await propose.innerText()).replace(plain(t("sessions.health.proposeNext", { name: "" })).trim(), "").trim();
    expect(name.length).toBeGreaterThan(0);
    await propose.click();
    // Proposed: the need leaves the waiting list.
    await expect(coordinator.getByRole("heading", { name: story.need })).toHaveCount(0);
    await expectAccessible(coordinator);
  });

  test(`the coordinator sees at-risk pairings with reasons and steps in (${locale})`, async ({ browser }) => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, locale, DEMO_ACCOUNTS.coordinator.email);
    await visit(coordinator, `/${locale}/coordinator/pairings`);
    await expect(coordinator.getByRole("heading", { name: t("sessions.health.atRisk") })).toBeVisible();
    await expect(coordinator.getByText(t("scheduling.health.lowSessionRating", { rating: 2 })).first()).toBeVisible();
    await expect(coordinator.getByText(new RegExp(t("scheduling.health.noSessionSinceStart_other", { count: 20 }))).first()).toBeVisible();
    const card = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: new RegExp(locale === "fr" ? "Entraide santé mentale Laval" : "Northern Lights Youth Sport") }) });
    await card.getByText(t("sessions.health.takeAction")).click();
    await expectAccessible(coordinator);
    if (locale === "fr") {
      await card.getByLabel(t("sessions.health.messageLabel")).fill("Bonjour! Comment se passent vos rencontres? Je peux vous aider à fixer une plage.");
      await card.getByRole("button", { name: t("sessions.health.send") }).click();
      await expect(card.getByText(t("sessions.health.sent"))).toBeVisible();
    } else {
      await card.getByLabel(t("sessions.health.pauseReason")).fill("The volunteer is travelling for three weeks.");
      await card.getByRole("button", { name: t("sessions.health.pause") }).click();
      // Paused: the card now offers to resume it.
      await expect(card.getByText(t("pairing.status.PAUSED"), { exact: true })).toBeVisible();
      await expectAccessible(coordinator);
      await card.getByRole("button", { name: t("sessions.health.resume") }).click();
      await expect(card.getByText(t("pairing.status.ACTIVE"), { exact: true })).toBeVisible();
    }
    await expectAccessible(coordinator);
  });

  test(`completing a pairing collects both surveys and makes both sides alumni (${locale})`, async ({ browser }) => {
    const story = LIFECYCLE_DEMO.closeout[locale];
    const closeOut = `/${locale}/pairings/${story.pairing}/close-out`;
    const answer = async (page: Page, satisfaction: number) => {
      for (const [i, result] of ["achieved", "partly"].entries()) {
        await page.getByRole("group", { name: new RegExp(t("sessions.closeOut.goal", { goal: "" }).trim()) }).nth(i).getByLabel(t(`sessions.closeOut.outcomes.${result}`), { exact: true }).check();
      }
      await page.getByLabel(t("sessions.closeOut.satisfactionValue", { count: satisfaction }), { exact: true }).check();
      await page.getByLabel(t("sessions.closeOut.keep")).fill(locale === "fr" ? "Les rencontres du mercredi midi." : "Our Wednesday lunch sessions.");
      await page.getByLabel(t("sessions.closeOut.testimonial")).fill(locale === "fr" ? "Un accompagnement concret et bienveillant." : "Practical, generous mentoring.");
      await page.getByLabel(t("sessions.closeOut.consent")).check();
      await page.getByRole("button", { name: t("sessions.closeOut.submit") }).click();
      await expect(page.getByText(pattern(t("sessions.closeOut.alreadyAnswered", { date: "@@" })))).toBeVisible();
    };

    const member = await newPage(browser);
    await signIn(member, locale, story.member);
    await visit(member, closeOut);
    await member.getByRole("button", { name: t("sessions.closeOut.complete") }).click();
    await expect(member.getByText(t("pairing.status.COMPLETED"), { exact: true })).toBeVisible();
    await expect(member.getByRole("button", { name: t("sessions.closeOut.submit") })).toBeVisible();
    await expectAccessible(member);
    // Sending the survey without answering says what is missing.
    await member.getByRole("button", { name: t("sessions.closeOut.submit") }).click();
    await expect(member.getByText(t("sessions.validation.outcomeRequired")).first()).toBeVisible();
    await expectAccessible(member);
    await answer(member, 5);

    const volunteer = await newPage(browser);
    await signIn(volunteer, locale, story.volunteer);
    await visit(volunteer, closeOut);
    await answer(volunteer, 4);

    const coordinator = await newPage(browser);
    await signIn(coordinator, locale, DEMO_ACCOUNTS.coordinator.email);
    await visit(coordinator, closeOut);
    await expect(coordinator.getByText(t("sessions.closeOut.satisfactionValue", { count: 5 }))).toBeVisible();
    await expect(coordinator.getByText(t("sessions.closeOut.satisfactionValue", { count: 4 }))).toBeVisible();
    const alumni = coordinator.getByRole("region", { name: t("sessions.closeOut.alumniTitle") }).getByRole("listitem");
    await expect(alumni).toHaveCount(2);
    await visit(coordinator, `/${locale}/pairings/${story.pairing}`);
    await expect(coordinator.getByText(t("sessions.timeline.survey"))).toHaveCount(2);
    await expect(coordinator.getByText(t("pairing.status.COMPLETED"), { exact: true }).first()).toBeVisible();
  });

  test(`notifications are listed for a signed-in person (${locale})`, async ({ browser }) => {
    const page = await newPage(browser);
    await signIn(page, locale, DEMO_ACCOUNTS.coordinator.email);
    await page.getByRole("link", { name: new RegExp(t("notifications.navLabel")) }).click();
    await page.waitForURL(`**/${locale}/notifications`);
    await expectAccessible(page);
    await expect(page.getByRole("heading", { name: t("notifications.title"), level: 1 })).toBeVisible();
    await expect(page.getByRole("listitem").first()).toBeVisible();
  });
}
