// Counts the SQL statements the application sends, for the dashboard's "at most ten queries"
// budget: installs, as the process's one Prisma client (lib/db.ts), a client that emits an
// event per query. Used by the dashboard's integration test and by `npm run bench:dashboard`.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface QueryCounter {
  /** Statements seen since the last reset. */
  readonly count: number;
  /** The statements themselves, for a failure message. */
  readonly statements: readonly string[];
  /** How long each statement took in the database, in milliseconds (same order). */
  readonly durations: readonly number[];
  reset(): void;
  disconnect(): Promise<void>;
}

export async function installCountingClient(databaseUrl: string, poolSize = 10): Promise<QueryCounter> {
  const holder = globalThis as unknown as { tandemDb?: unknown };
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize }),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: string[] = [];
  const durations: number[] = [];
  client.$on("query", (event) => {
    statements.push(event.query);
    durations.push(Number(event.duration));
  });
  await client.$connect();
  const previous = holder.tandemDb as PrismaClient | undefined;
  if (previous) await previous.$disconnect();
  holder.tandemDb = client;
  return {
    get count() {
      return statements.length;
    },
    statements,
    durations,
    reset() {
      statements.length = 0;
      durations.length = 0;
    },
    async disconnect() {
      await client.$disconnect();
      if (holder.tandemDb === client) holder.tandemDb = undefined;
    },
  };
}
