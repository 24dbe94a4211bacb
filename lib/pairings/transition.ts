// The one way a pairing changes status: validated against the state machine and
// recorded (who, when, why) in the caller's transaction.
import type { DbTx } from "@/lib/db";
import { invalidTransition } from "@/lib/errors";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { canTransitionPairing, type PairingActorKind } from "./state-machine";

export async function recordPairingTransition(
  tx: DbTx,
  options: { pairingId: string; from: PairingStatus; to: PairingStatus; by: PairingActorKind; actorId: string | null; reason?: string; data?: Record<string, unknown>; at?: Date },
) {
  if (!canTransitionPairing(options.from, options.to, options.by)) throw invalidTransition({ from: options.from, to: options.to });
  await tx.pairing.update({
    where: { id: options.pairingId },
    data: { status: options.to, version: { increment: 1 }, ...(options.reason ? { reason: options.reason } : {}), ...options.data },
  });
  await tx.pairingEvent.create({
    data: {
      id: newId(),
      pairingId: options.pairingId,
      fromStatus: options.from,
      toStatus: options.to,
      actorId: options.actorId,
      reason: options.reason ?? null,
      ...(options.at ? { createdAt: options.at } : {}),
    },
  });
}

