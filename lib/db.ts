// The one Prisma client of the process, connected through node-postgres.
// Created on first use so that importing this module never needs a database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** A client or a transaction: domain functions accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { tandemDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.tandemDb) {
    const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });
    globalForDb.tandemDb = new PrismaClient({ adapter });
  }
  return globalForDb.tandemDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export async function disconnectDb() {
  if (globalForDb.tandemDb) {
    await globalForDb.tandemDb.$disconnect();
    globalForDb.tandemDb = undefined;
  }
}
