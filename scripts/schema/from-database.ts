// Reads the shape of the `public` schema of a live PostgreSQL database.
import type pg from "pg";
import type { DatabaseShape, ReferentialAction, TableShape } from "./shape";

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** `'fr'::"Locale"` → `fr`, `'{}'::jsonb` → `{}`, `0` → `0`, `CURRENT_TIMESTAMP` stays. */
export function canonicalDefault(raw: string | null): string | null {
  if (raw === null) return null;
  const literal = /^'((?:[^']|'')*)'(?:::[\w" .()[\]]+)?$/.exec(raw);
  if (literal) return (literal[1] ?? "").replace(/''/g, "'");
  return raw.replace(/::[\w" .()[\]]+$/, "");
}

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

export async function shapeFromDatabase(client: pg.ClientBase): Promise<DatabaseShape> {
  const enumRows = await client.query<{ name: string; value: string }>(`
    SELECT t.typname AS name, e.enumlabel AS value
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`);
  const enums: Record<string, string[]> = {};
  for (const r of enumRows.rows) (enums[r.name] ??= []).push(r.value);

  const columnRows = await client.query<{ table: string; name: string; type: string; notnull: boolean; def: string | null }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname, a.attnum`);

  const indexRows = await client.query<{ table: string; name: string; unique: boolean; primary: boolean; columns: string[] }>(`
    SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
           ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'`);

  const fkRows = await client.query<{
    table: string; name: string; columns: string[]; ref_table: string; ref_columns: string[]; del: string; upd: string;
  }>(`
    SELECT t.relname AS table, con.conname AS name,
      ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
      r.relname AS ref_table,
      ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns,
      con.confdeltype AS del, con.confupdtype AS upd
    FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND con.contype = 'f'`);

  const tables = new Map<string, TableShape>();
  const table = (name: string) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = { name, columns: [], indexes: [], foreignKeys: [] }));
    return t;
  };
  for (const r of columnRows.rows) {
    if (IGNORED_TABLES.has(r.table)) continue;
    table(r.table).columns.push({ name: r.name, type: r.type, nullable: !r.notnull, default: canonicalDefault(r.def) });
  }
  for (const r of indexRows.rows) {
    if (IGNORED_TABLES.has(r.table)) continue;
    table(r.table).indexes.push({ name: r.name, columns: r.columns, unique: r.unique, primary: r.primary });
  }
  for (const r of fkRows.rows) {
    if (IGNORED_TABLES.has(r.table)) continue;
    table(r.table).foreignKeys.push({
      name: r.name,
      columns: r.columns,
      referencedTable: r.ref_table,
      referencedColumns: r.ref_columns,
      onDelete: ACTIONS[r.del] ?? "NO ACTION",
      onUpdate: ACTIONS[r.upd] ?? "NO ACTION",
    });
  }
  return { enums, tables: [...tables.values()] };
}
