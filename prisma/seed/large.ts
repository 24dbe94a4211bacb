// A large synthetic data set for benchmarks, built with the factories' row
// builders and inserted in batches: tens of thousands of volunteers and
// organisations, thousands of pairings, hundreds of thousands of sessions.
import { db } from "@/lib/db";
import { CATALOGUE } from "@/lib/catalogue/defaults";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { buildNeedRows, buildUserRow, buildVolunteerRows } from "@/tests/factories/builders";
import { defaultPasswordHash, ensureCatalogue } from "@/tests/factories";
import { int, mulberry32, personName, pick, sample } from "@/tests/factories/random";
import { DEMO_IDS } from "./demo-accounts";

const BATCH = 2000;
const DAY = 86_400_000;
const ZONES = ["America/Toronto", "America/Winnipeg", "America/Vancouver", "America/Halifax", "America/Edmonton", "America/St_Johns"];

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function generateLargeDataSet(options: {
  volunteers: number;
  organisations: number;
  pairings: number;
  sessions: number;
  seed: number;
  log: (line: string) => void;
}) {
  const random = mulberry32(options.seed);
  const run = newId().slice(-6);
  const passwordHash = await defaultPasswordHash();
  await ensureCatalogue(db);
  const programId = (await db.program.findUnique({ where: { id: DEMO_IDS.program }, select: { id: true } }))?.id ?? null;
  const skills = CATALOGUE.skills.map((s) => s.code);
  const sectors = CATALOGUE.sectors.map((s) => s.code);
  const needTypes = CATALOGUE.needTypes.map((n) => n.code);

  const volunteerIds: string[] = [];
  for (let start = 0; start < options.volunteers; start += BATCH) {
    const users = [];
    const profiles = [];
    const vSkills = [];
    const vSectors = [];
    const slots = [];
    for (let i = start; i < Math.min(options.volunteers, start + BATCH); i++) {
      const user = buildUserRow({ email: `bulk-${run}-v${i}@example.org`, name: personName(random), passwordHash, locale: random() < 0.6 ? "fr" : "en", timeZone: pick(random, ZONES) });
      const day = int(random, 1, 7);
      const from = int(random, 7, 19) * 60;
      const rows = buildVolunteerRows({
        userId: user.id,
        headline: "Communications professional",
        seniorityYears: int(random, 1, 35),
        capacity: int(random, 1, 3),
        timeZone: user.timeZone,
        languages: random() < 0.35 ? ["fr", "en"] : [random() < 0.5 ? "fr" : "en"],
        skillCodes: sample(random, skills, int(random, 2, 6)),
        sectorCodes: sample(random, sectors, int(random, 0, 3)),
        availability: [
          { weekday: day, startMinute: from, endMinute: from + 120 },
          { weekday: (day % 7) + 1, startMinute: 18 * 60, endMinute: 20 * 60 },
        ],
      });
      users.push(user);
      profiles.push(rows.profile);
      vSkills.push(...rows.skills);
      vSectors.push(...rows.sectors);
      slots.push(...rows.availability);
      volunteerIds.push(user.id);
    }
    await db.user.createMany({ data: users });
    await db.userRole.createMany({ data: users.map((u) => ({ userId: u.id, role: "VOLUNTEER" as const })) });
    await db.volunteerProfile.createMany({ data: profiles });
    await db.volunteerSkill.createMany({ data: vSkills });
    await db.volunteerSector.createMany({ data: vSectors });
    await db.volunteerAvailability.createMany({ data: slots });
    options.log(`  volunteers: ${Math.min(options.volunteers, start + BATCH)} / ${options.volunteers}`);
  }

  const needIds: string[] = [];
  const statuses: NeedStatus[] = ["SUBMITTED", "APPROVED", "APPROVED", "MATCHED", "MATCHED", "MATCHED", "CLOSED", "DRAFT", "WITHDRAWN"];
  for (let start = 0; start < options.organisations; start += BATCH) {
    const users = [];
    const orgs = [];
    const members = [];
    const needs = [];
    const needSlots = [];
    const changes = [];
    for (let i = start; i < Math.min(options.organisations, start + BATCH); i++) {
      const user = buildUserRow({ email: `bulk-${run}-o${i}@example.org`, name: personName(random), passwordHash, timeZone: pick(random, ZONES) });
      const orgId = newId();
      users.push(user);
      orgs.push({ id: orgId, name: `Organisme ${run}-${i}`, sectorId: `sector-${pick(random, sectors)}`, city: "Montréal", region: "QC" });
      members.push({ id: newId(), organisationId: orgId, userId: user.id, role: "OWNER" as const });
      const submittedAt = new Date(Date.now() - int(random, 1, 365) * DAY);
      const status = pick(random, statuses);
      const rows = buildNeedRows({
        organisationId: orgId,
        programId,
        needTypeCode: pick(random, needTypes),
        title: "Besoin en communication",
        goals: "Mieux rejoindre notre communauté.",
        status,
        languages: [random() < 0.6 ? "fr" : "en"],
        timeZone: user.timeZone,
        desiredStartOn: new Date(submittedAt.getTime() + 21 * DAY).toISOString().slice(0, 10),
        durationWeeks: pick(random, [8, 12, 16]),
        availability: [{ weekday: int(random, 1, 5), startMinute: int(random, 8, 16) * 60, endMinute: 0 }].map((s) => ({ ...s, endMinute: s.startMinute + 180 })),
        createdById: user.id,
        submittedAt: status === "DRAFT" ? null : submittedAt,
      });
      needs.push(rows.need);
      needSlots.push(...rows.availability);
      changes.push(rows.statusChange);
      needIds.push(rows.need.id);
    }
    await db.user.createMany({ data: users });
    await db.organisation.createMany({ data: orgs });
    await db.organisationMembership.createMany({ data: members });
    await db.need.createMany({ data: needs });
    await db.needAvailability.createMany({ data: needSlots });
    await db.needStatusChange.createMany({ data: changes });
    options.log(`  organisations: ${Math.min(options.organisations, start + BATCH)} / ${options.organisations}`);
  }

  // Pairings: each on a distinct need, volunteers reused within their capacity.
  const pairings: { id: string; needId: string; volunteerId: string; status: "ACTIVE" | "COMPLETED"; activatedAt: Date }[] = [];
  const count = Math.min(options.pairings, needIds.length);
  for (let i = 0; i < count && volunteerIds.length; i++) {
    const activatedAt = new Date(Date.now() - int(random, 14, 300) * DAY);
    pairings.push({ id: newId(), needId: needIds[i]!, volunteerId: volunteerIds[i % volunteerIds.length]!, status: random() < 0.6 ? "ACTIVE" : "COMPLETED", activatedAt });
  }
  await insertBatched(pairings, (batch) =>
    db.pairing.createMany({
      data: batch.map((p) => ({
        id: p.id,
        needId: p.needId,
        volunteerId: p.volunteerId,
        programId,
        status: p.status,
        proposedAt: new Date(p.activatedAt.getTime() - 3 * DAY),
        respondBy: p.activatedAt,
        respondedAt: new Date(p.activatedAt.getTime() - 2 * DAY),
        activatedAt: p.activatedAt,
        endedAt: p.status === "COMPLETED" ? new Date(p.activatedAt.getTime() + 84 * DAY) : null,
      })),
    }),
  );
  options.log(`  pairings: ${pairings.length}`);

  // Weekly sessions spread over the pairings.
  let sessions = 0;
  const perPairing = pairings.length ? Math.ceil(options.sessions / pairings.length) : 0;
  let buffer: object[] = [];
  for (const p of pairings) {
    for (let k = 0; k < perPairing && sessions < options.sessions; k++, sessions++) {
      const startsAt = new Date(p.activatedAt.getTime() + k * 7 * DAY);
      const held = startsAt.getTime() < Date.now();
      buffer.push({
        id: newId(),
        pairingId: p.id,
        sequence: k,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        status: held ? "HELD" : "SCHEDULED",
        durationMinutes: held ? pick(random, [45, 60, 60, 75, 90]) : null,
        rating: held ? int(random, 2, 5) : null,
        loggedAt: held ? startsAt : null,
      });
      if (buffer.length >= BATCH) {
        await db.sessionOccurrence.createMany({ data: buffer as never });
        buffer = [];
      }
    }
  }
  if (buffer.length) await db.sessionOccurrence.createMany({ data: buffer as never });
  options.log(`  sessions: ${sessions}`);
  // Fresh statistics: until autovacuum gets to them, the planner would take these tables for the
  // handful of rows it last saw and pick nested loops over tens of thousands (seconds, not ms).
  await db.$executeRawUnsafe(`ANALYZE`);
  return { volunteers: volunteerIds.length, organisations: needIds.length, pairings: pairings.length, sessions };
}

/**
 * What follows the pairings at scale, written in set-based SQL: matched needs get their match
 * time, completed pairings their two close-out surveys, both sides become alumni (some opted
 * in, some re-engaged), and a share of active pairings get an unanswered proposal beside them.
 */
export async function generateLargeLifecycle(options: { programId: string; log: (line: string) => void }) {
  const { programId } = options;
  await db.$executeRaw`
    UPDATE "Need" n SET "matchedAt" = p."respondedAt"
    FROM "Pairing" p WHERE p."needId" = n.id AND p."programId" = ${programId} AND n."matchedAt" IS NULL AND p."respondedAt" IS NOT NULL`;
  const surveys = await db.$executeRaw`
    INSERT INTO "CloseoutSurvey" (id, "pairingId", "respondentId", side, outcomes, satisfaction, testimonial, "testimonialConsent", "submittedAt")
    SELECT 'bulk-s-' || p.id || '-' || s.side, p.id, CASE WHEN s.side = 'VOLUNTEER' THEN p."volunteerId" ELSE NULL END, s.side::"PairingSide",
      jsonb_build_array(
        jsonb_build_object('goal', 'Objectif 1', 'result', (ARRAY['achieved', 'partly', 'not'])[1 + abs(hashtext(p.id || s.side)) % 3], 'note', ''),
        jsonb_build_object('goal', 'Objectif 2', 'result', (ARRAY['achieved', 'achieved', 'partly'])[1 + abs(hashtext(s.side || p.id)) % 3], 'note', '')),
      2 + abs(hashtext(p.id || s.side)) % 4, 'Merci pour ce jumelage.', abs(hashtext(p.id)) % 2 = 0, p."endedAt" + interval '2 days'
    FROM "Pairing" p CROSS JOIN (VALUES ('ORGANISATION'), ('VOLUNTEER')) s(side)
    WHERE p."programId" = ${programId} AND p.status = 'COMPLETED' AND p.id NOT LIKE 'demo-%'
    ON CONFLICT DO NOTHING`;
  const alumni = await db.$executeRaw`
    INSERT INTO "Alumni" (id, "userId", "programId", side, "pairingId", since, "directoryOptIn", "newsletterOptIn", "eventsOptIn", ambassador)
    SELECT 'bulk-a-' || p.id || '-' || s.side, CASE WHEN s.side = 'VOLUNTEER' THEN p."volunteerId" ELSE m."userId" END, ${programId}, s.side::"PairingSide", p.id, p."endedAt",
      abs(hashtext(p.id)) % 3 <> 0, abs(hashtext(p.id)) % 2 = 0, abs(hashtext(p.id)) % 4 <> 0, abs(hashtext(p.id)) % 20 = 0
    FROM "Pairing" p JOIN "Need" n ON n.id = p."needId"
    JOIN LATERAL (SELECT "userId" FROM "OrganisationMembership" om WHERE om."organisationId" = n."organisationId" ORDER BY om."createdAt" LIMIT 1) m ON true
    CROSS JOIN (VALUES ('ORGANISATION'), ('VOLUNTEER')) s(side)
    WHERE p."programId" = ${programId} AND p.status = 'COMPLETED'
    ON CONFLICT DO NOTHING`;
  const engagements = await db.$executeRaw`
    INSERT INTO "AlumniEngagement" (id, "alumniId", kind, detail, "occurredAt")
    SELECT 'bulk-e-' || a.id, a.id, (ARRAY['VOLUNTEERED_AGAIN', 'ATTENDED_EVENT', 'REFERRED'])[1 + abs(hashtext(a.id)) % 3]::"EngagementKind", '', a.since + interval '30 days'
    FROM "Alumni" a WHERE a."programId" = ${programId} AND abs(hashtext(a.id || 'e')) % 4 = 0
    ON CONFLICT DO NOTHING`;
  await db.$executeRawUnsafe(`ANALYZE`);
  options.log(`  lifecycle: ${surveys} surveys, ${alumni} alumni, ${engagements} re-engagements`);
}
