// The one place that reads process.env. Parsed lazily: `next build` imports
// modules without a database, and scripts set DATABASE_URL after starting the
// embedded PostgreSQL.
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  /** Signs session tokens. Required in production; every app server must share it. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Public base URL, used in emailed links and calendar feeds. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** smtp(s)://user:pass@host:port — without it mail is kept in the outbox table only. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Tandem <no-reply@tandem.invalid>"),
  /** Shows stored mail at /<locale>/dev/outbox. On by default in development. */
  TANDEM_DEV_OUTBOX: z.enum(["0", "1"]).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}. See .env.example.`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.AUTH_SECRET) {
    throw new Error("AUTH_SECRET must be set in production (32 characters or more, the same on every app server).");
  }
  cached = parsed.data;
  return cached;
}

/** Development builds fall back to a fixed secret so `npm run dev` needs no set-up. */
export function authSecret(): string {
  return env().AUTH_SECRET ?? "tandem-development-secret-not-for-production-use";
}

export function devOutboxEnabled(): boolean {
  const e = env();
  if (e.SMTP_URL) return false;
  if (e.TANDEM_DEV_OUTBOX) return e.TANDEM_DEV_OUTBOX === "1";
  return e.NODE_ENV !== "production";
}
