// Runs once before the integration tests: a PostgreSQL server (DATABASE_URL's,
// or an embedded one), and a template database migrated and loaded with the
// catalogue. Each test file then gets its own copy (integration-worker.ts):
// CREATE DATABASE … TEMPLATE is far faster than migrating again.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrator";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/lib/embedded-postgres";

export const TEMPLATE_DB = "tandem_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

let server: EmbeddedServer | null = null;

export default async function setup(project: TestProject) {
  let base = process.env.DATABASE_URL;
  if (!base) {
    server = await startEmbeddedPostgres({ name: "test" });
    base = server.url("postgres");
  }
  const admin = new pg.Client({ connectionString: withDatabase(base, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();

  const templateUrl = withDatabase(base, TEMPLATE_DB);
  await migrate({ databaseUrl: templateUrl });
  // The catalogue every test relies on, loaded once into the template.
  process.env.DATABASE_URL = templateUrl;
  const { db, disconnectDb } = await import("@/lib/db");
  const { ensureCatalogue } = await import("@/tests/factories");
  await ensureCatalogue(db);
  await disconnectDb();

  project.provide("databaseServerUrl", base);
  return async () => {
    if (server) await server.stop();
  };
}
