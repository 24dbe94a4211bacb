import type { DbTx } from "@/lib/db";
import { newId } from "@/lib/ids";

/** Records who did what, in the same transaction as the change itself. */
export async function audit(
  tx: DbTx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; data?: Record<string, unknown> },
) {
  await tx.auditLog.create({
    data: { id: newId(), actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, data: (entry.data ?? {}) as object },
  });
}
