// Gives each test file a fresh database cloned from the migrated template.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, inject } from "vitest";

const TEMPLATE_DB = "tandem_test_template";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const base = inject("databaseServerUrl");
const testPath = expect.getState().testPath ?? String(process.env.VITEST_POOL_ID);
const name = `tandem_test_${createHash("sha1").update(testPath).digest("hex").slice(0, 12)}`;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: withDatabase(base, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  process.env.DATABASE_URL = withDatabase(base, name);
});

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  const admin = new pg.Client({ connectionString: withDatabase(base, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});
