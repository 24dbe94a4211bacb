// The close-out survey, answered once by the volunteer and once per
// organisation member after a pairing ends; and what the close-out page shows.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, invalidTransition } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { pairingForActor } from "./access";
import { coordinatorsOfProgram } from "./follow-up";
import { goalsOf, SurveySchema } from "./schema";

const CLOSED = ["COMPLETED", "ENDED_EARLY"] as const;

export async function submitSurvey(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const input = SurveySchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const pairing = await pairingForActor(tx, options.actor, options.pairingId);
    if (pairing.role === "coordinator") throw new AppError("forbidden", "sessions.errors.surveyParticipantsOnly");
    if (!(CLOSED as readonly string[]).includes(pairing.status)) throw invalidTransition({ from: pairing.status, to: "SURVEY" });
    const need = await tx.need.findUniqueOrThrow({ where: { id: pairing.needId }, select: { goals: true } });
    const goals = goalsOf(need.goals);
    if (input.outcomes.length !== goals.length) throw new AppError("validation", "sessions.validation.outcomeRequired");
    const already = await tx.closeoutSurvey.count({ where: { pairingId: pairing.id, respondentId: options.actor.id } });
    if (already) throw new AppError("conflict", "sessions.errors.surveyAlreadyAnswered");
    await tx.closeoutSurvey.create({
      data: {
        id: newId(),
        pairingId: pairing.id,
        respondentId: options.actor.id,
        side: pairing.role === "volunteer" ? "VOLUNTEER" : "ORGANISATION",
        outcomes: input.outcomes.map((o, i) => ({ goal: goals[i], result: o.result, note: o.note })),
        satisfaction: input.satisfaction,
        keep: input.keep,
        testimonial: input.testimonial,
        testimonialConsent: input.testimonial ? input.testimonialConsent : false,
        submittedAt: options.now ?? new Date(),
      },
    });
    await notify(tx, {
      userIds: await coordinatorsOfProgram(tx, pairing.programId),
      kind: "surveySubmitted",
      params: { name: options.actor.name, title: pairing.needTitle },
      path: `/pairings/${pairing.id}/close-out`,
      email: false,
    });
    await audit(tx, { actorId: options.actor.id, action: "pairing.survey", entityType: "Pairing", entityId: pairing.id, data: { satisfaction: input.satisfaction } });
  });
}

export interface SurveyOutcome {
  goal: string;
  result: string;
  note: string;
}

function parseOutcomes(raw: unknown): SurveyOutcome[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((o) => {
    if (!o || typeof o !== "object") return [];
    const { goal, result, note } = o as Record<string, unknown>;
    return typeof goal === "string" && typeof result === "string" ? [{ goal, result, note: typeof note === "string" ? note : "" }] : [];
  });
}

/** The close-out page: goals, the actor's own answer, and (for coordinators) everyone's; alumni of both sides. */
export async function getCloseout(options: { actor: Actor; pairingId: string }) {
  const pairing = await pairingForActor(db, options.actor, options.pairingId);
  const need = await db.need.findUniqueOrThrow({ where: { id: pairing.needId }, select: { goals: true } });
  const coordinator = pairing.role === "coordinator";
  const surveys = await db.closeoutSurvey.findMany({
    where: { pairingId: pairing.id },
    orderBy: { submittedAt: "asc" },
    select: { id: true, side: true, respondentId: true, satisfaction: true, keep: true, testimonial: true, testimonialConsent: true, submittedAt: true, outcomes: true, respondent: { select: { name: true } } },
  });
  const alumni = await db.alumni.findMany({
    where: { pairingId: pairing.id },
    orderBy: [{ side: "asc" }, { since: "asc" }],
    select: { id: true, side: true, since: true, user: { select: { name: true } }, program: { select: { nameFr: true, nameEn: true } } },
  });
  const visible = surveys
    .filter((s) => coordinator || s.respondentId === options.actor.id)
    .map((s) => ({ ...s, outcomes: parseOutcomes(s.outcomes) }));
  const pending = {
    volunteer: !surveys.some((s) => s.side === "VOLUNTEER"),
    organisation: !surveys.some((s) => s.side === "ORGANISATION"),
  };
  return {
    pairing,
    goals: goalsOf(need.goals),
    surveys: visible,
    answered: surveys.some((s) => s.respondentId === options.actor.id),
    pending,
    alumni,
  };
}
