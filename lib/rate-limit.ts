// Fixed-window counters in PostgreSQL, shared by every app server. One atomic
// upsert per hit: no read-then-write race between concurrent requests.
import { db, type DbTx } from "@/lib/db";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export const RULES = {
  signInPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  passwordResetPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  signUpPerIp: { limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

export async function hit(key: string, rule: RateLimitRule, client: DbTx = db): Promise<RateLimitResult> {
  const rows = await client.$queryRaw<{ count: number; windowStartsAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStartsAt") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStartsAt" <= now() - make_interval(secs => ${rule.windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStartsAt" = CASE WHEN "RateLimitBucket"."windowStartsAt" <= now() - make_interval(secs => ${rule.windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStartsAt" END
    RETURNING "count", "windowStartsAt"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  const elapsed = (Date.now() - row.windowStartsAt.getTime()) / 1000;
  return {
    allowed: row.count <= rule.limit,
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil(rule.windowSeconds - elapsed)),
  };
}

export async function reset(key: string, client: DbTx = db): Promise<void> {
  await client.rateLimitBucket.deleteMany({ where: { key } });
}
