// `npm run seed`: the demo story (idempotent).
// `npm run seed -- --volunteers 20000 --organisations 5000 --pairings 5000 --sessions 100000`:
// adds a large synthetic data set on top, for benchmarks.
import { disconnectDb } from "@/lib/db";
import { readyDatabase } from "./lib/database";
import { seedDemoDatabase } from "./lib/seed-demo";

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

async function main() {
  const database = await readyDatabase({ name: process.env.TANDEM_DB_NAME ?? "dev" });
  process.env.DATABASE_URL = database.url;
  await seedDemoDatabase();
  const volunteers = flag("volunteers");
  const organisations = flag("organisations");
  if (volunteers !== undefined || organisations !== undefined) {
    const { generateLargeDataSet } = await import("@/prisma/seed/large");
    const started = Date.now();
    const counts = await generateLargeDataSet({
      volunteers: volunteers ?? 0,
      organisations: organisations ?? 0,
      pairings: flag("pairings") ?? 0,
      sessions: flag("sessions") ?? 0,
      seed: flag("seed") ?? 1,
      log: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`Generated ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  await disconnectDb();
  await database.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
