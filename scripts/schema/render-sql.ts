// Renders the SQL Prisma Migrate would write to create a database shape from
// nothing. Used once to write the initial migration; later migrations are
// written by hand (or by `prisma migrate dev` where the engine is available),
// and the drift test keeps them honest.
import type { DatabaseShape, ForeignKeyShape, IndexShape } from "./shape";

const q = (name: string) => `"${name}"`;
const cols = (names: string[]) => names.map(q).join(",");

function sqlType(type: string): string {
  const map: Record<string, string> = {
    text: "TEXT",
    integer: "INTEGER",
    bigint: "BIGINT",
    "double precision": "DOUBLE PRECISION",
    boolean: "BOOLEAN",
    date: "DATE",
    jsonb: "JSONB",
  };
  const list = type.endsWith("[]");
  const base = list ? type.slice(0, -2) : type;
  const tz = /^timestamp\((\d)\) with time zone$/.exec(base);
  const plain = /^timestamp\((\d)\) without time zone$/.exec(base);
  const rendered = tz ? `TIMESTAMPTZ(${tz[1]})` : plain ? `TIMESTAMP(${plain[1]})` : (map[base] ?? base);
  return list ? `${rendered}[]` : rendered;
}

function sqlDefault(type: string, value: string): string {
  if (value === "CURRENT_TIMESTAMP") return value;
  if (["integer", "bigint", "double precision", "boolean"].includes(type)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

function renderIndex(table: string, index: IndexShape): string {
  return `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${q(index.name)} ON ${q(table)}(${cols(index.columns)});`;
}

function renderForeignKey(table: string, fk: ForeignKeyShape): string {
  return (
    `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${cols(fk.columns)}) ` +
    `REFERENCES ${q(fk.referencedTable)}(${cols(fk.referencedColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate};`
  );
}

export function renderCreateSql(shape: DatabaseShape): string {
  const out: string[] = [];
  for (const [name, values] of Object.entries(shape.enums)) {
    out.push(`-- CreateEnum\nCREATE TYPE ${q(name)} AS ENUM (${values.map((v) => `'${v}'`).join(", ")});\n`);
  }
  for (const table of shape.tables) {
    const lines = table.columns.map((c) => {
      let line = `    ${q(c.name)} ${sqlType(c.type)}`;
      if (!c.nullable) line += " NOT NULL";
      if (c.default !== null) line += ` DEFAULT ${sqlDefault(c.type, c.default)}`;
      return line;
    });
    const pk = table.indexes.find((i) => i.primary);
    if (pk) lines.push(`\n    CONSTRAINT ${q(pk.name)} PRIMARY KEY (${cols(pk.columns)})`);
    out.push(`-- CreateTable\nCREATE TABLE ${q(table.name)} (\n${lines.join(",\n")}\n);\n`);
  }
  for (const table of shape.tables) {
    for (const index of table.indexes.filter((i) => !i.primary)) out.push(`-- CreateIndex\n${renderIndex(table.name, index)}\n`);
  }
  for (const table of shape.tables) {
    for (const fk of table.foreignKeys) out.push(`-- AddForeignKey\n${renderForeignKey(table.name, fk)}\n`);
  }
  return out.join("\n");
}
