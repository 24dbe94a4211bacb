// A database shape that both schema.prisma and a live PostgreSQL can be turned
// into, so that the two can be compared (tests/integration/schema-drift.test.ts)
// and so that SQL can be rendered from the schema (scripts/schema/render-sql.ts).

export type ReferentialAction = "CASCADE" | "RESTRICT" | "SET NULL" | "NO ACTION" | "SET DEFAULT";

export interface ColumnShape {
  name: string;
  /** As PostgreSQL's format_type() prints it: `text`, `timestamp(3) with time zone`, `"Locale"`, `text[]`… */
  type: string;
  nullable: boolean;
  /** Canonical default: the literal without casts or quotes, `CURRENT_TIMESTAMP`, or null. */
  default: string | null;
}

export interface IndexShape {
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
}

export interface ForeignKeyShape {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

export interface DatabaseShape {
  enums: Record<string, string[]>;
  tables: TableShape[];
}

/** Sorts every list so two shapes built in different orders compare equal. */
export function normaliseShape(shape: DatabaseShape): DatabaseShape {
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return {
    enums: Object.fromEntries(Object.entries(shape.enums).sort(([a], [b]) => a.localeCompare(b))),
    tables: shape.tables
      .map((t) => ({
        name: t.name,
        columns: [...t.columns].sort(byName),
        indexes: [...t.indexes].sort(byName),
        foreignKeys: [...t.foreignKeys].sort(byName),
      }))
      .sort(byName),
  };
}
