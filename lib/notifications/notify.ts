// Writes in-app notifications and emails for a change, inside the caller's
// transaction: either the change and its notices are stored, or neither.
import type { DbTx } from "@/lib/db";
import { renderEmail } from "@/lib/email/render";
import { env } from "@/lib/env";
import type { Params } from "@/lib/i18n/translate";
import { newId } from "@/lib/ids";

export interface NoticeOptions {
  userIds: string[];
  /** Catalogue kind: `notifications.<kind>` in the UI, `email.<kind>.*` for the email. */
  kind: string;
  params?: Params;
  /** Path after the locale, e.g. `/pairings/abc`. */
  path?: string;
  email?: boolean;
  /** Makes the notice idempotent per recipient (`<key>:<userId>`). */
  dedupeKey?: string;
}

export async function notify(tx: DbTx, options: NoticeOptions): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(options.userIds)] }, deletedAt: null },
    select: { id: true, email: true, locale: true },
  });
  const emailIds: string[] = [];
  for (const user of users) {
    const dedupeKey = options.dedupeKey ? `${options.dedupeKey}:${user.id}` : null;
    const link = options.path ? `${env().APP_URL}/${user.locale}${options.path}` : undefined;
    await tx.notification.createMany({
      data: [{ id: newId(), userId: user.id, kind: options.kind, params: options.params ?? {}, link: options.path ?? null, dedupeKey }],
      skipDuplicates: true,
    });
    if (options.email !== false) {
      const rendered = renderEmail({ locale: user.locale, kind: options.kind, params: options.params, link });
      const id = newId();
      const created = await tx.emailOutbox.createMany({
        data: [{ id, userId: user.id, toEmail: user.email, locale: user.locale, dedupeKey, ...rendered }],
        skipDuplicates: true,
      });
      if (created.count) emailIds.push(id);
    }
  }
  return emailIds;
}
