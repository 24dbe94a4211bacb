import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checksumOf, migrate, MigrationError, readMigrations, type Migration } from "@/lib/db/migrator";

// A scratch database of its own: these tests migrate from nothing.
const base = inject("databaseServerUrl");
const name = `tandem_migrator_${process.pid}`;
const url = (() => {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
})();

async function admin(sql: string) {
  const u = new URL(base);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function rows<T extends object>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE); `).then(() => admin(`CREATE DATABASE ${name}`)));
afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describe("migrator", () => {
  it("applies every migration once, even when two processes start at the same time", async () => {
    const [a, b] = await Promise.all([migrate({ databaseUrl: url }), migrate({ databaseUrl: url })]);
    const all = readMigrations().map((m) => m.name);
    // Exactly one of the two applied them; the other found them done.
    expect([...a.applied, ...b.applied].sort()).toEqual(all);
    expect([...a.alreadyApplied, ...b.alreadyApplied].sort()).toEqual(all);
  });

  it("records migrations as Prisma does, with the file's SHA-256 checksum", async () => {
    const recorded = await rows<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(recorded.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, r] of recorded.entries()) {
      expect(r.checksum).toBe(checksumOf(files[i]!.sql));
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
  });

  it("is idempotent", async () => {
    const again = await migrate({ databaseUrl: url });
    expect(again.applied).toEqual([]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const edited: Migration[] = readMigrations().map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited`, checksum: checksumOf(`${m.sql}\n-- edited`) } : m));
    await expect(migrate({ databaseUrl: url, migrations: edited })).rejects.toThrow(MigrationError);
    await expect(migrate({ databaseUrl: url, migrations: edited })).rejects.toThrow(/was edited after it was applied/);
  });

  it("rolls back a failing migration and leaves no half-applied change", async () => {
    const broken: Migration = { name: "29990101000000_broken", sql: `CREATE TABLE "Half" (id int); SELECT * FROM "does_not_exist";`, checksum: checksumOf("x") };
    await expect(migrate({ databaseUrl: url, migrations: [...readMigrations(), broken] })).rejects.toThrow(/broken failed/);
    const half = await rows<{ exists: boolean }>(`SELECT to_regclass('"Half"') IS NOT NULL AS exists`);
    expect(half[0]?.exists).toBe(false);
    const recorded = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(recorded[0]?.n).toBe(0);
  });
});
