// Fails whenever prisma/schema.prisma and the database built by the SQL
// migrations disagree: tables, columns, types, nullability, defaults, enums,
// unique constraints, indexes and foreign keys.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { shapeFromDatabase } from "@/scripts/schema/from-database";
import { shapeFromPrismaSchema } from "@/scripts/schema/from-prisma";
import { normaliseShape } from "@/scripts/schema/shape";

async function migratedShape() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return normaliseShape(await shapeFromDatabase(client));
  } finally {
    await client.end();
  }
}

describe("schema.prisma and the migrated database", () => {
  it("describe the same enums", async () => {
    const [expected, actual] = await Promise.all([shapeFromPrismaSchema().then(normaliseShape), migratedShape()]);
    expect(actual.enums).toEqual(expected.enums);
  });

  it("have the same tables", async () => {
    const [expected, actual] = await Promise.all([shapeFromPrismaSchema().then(normaliseShape), migratedShape()]);
    expect(actual.tables.map((t) => t.name)).toEqual(expected.tables.map((t) => t.name));
  });

  it("agree on every table's columns, indexes and foreign keys", async () => {
    const [expected, actual] = await Promise.all([shapeFromPrismaSchema().then(normaliseShape), migratedShape()]);
    for (const table of expected.tables) {
      const live = actual.tables.find((t) => t.name === table.name);
      expect(live?.columns, `columns of ${table.name}`).toEqual(table.columns);
      expect(live?.indexes, `indexes of ${table.name}`).toEqual(table.indexes);
      expect(live?.foreignKeys, `foreign keys of ${table.name}`).toEqual(table.foreignKeys);
    }
  });

  it("notices a difference (the comparison can fail)", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`ALTER TABLE "Need" ALTER COLUMN "context" DROP DEFAULT`);
    await client.query(`CREATE INDEX "Need_title_idx" ON "Need"("title")`);
    await client.end();
    const [expected, actual] = await Promise.all([shapeFromPrismaSchema().then(normaliseShape), migratedShape()]);
    const need = (s: typeof actual) => s.tables.find((t) => t.name === "Need")!;
    expect(need(actual).columns).not.toEqual(need(expected).columns);
    expect(need(actual).indexes).not.toEqual(need(expected).indexes);
  });
});
