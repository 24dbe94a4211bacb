// `npm run worker`: the background job worker (proposal expiry and cascade,
// reminders and nudges, email delivery) on pg-boss. Needs DATABASE_URL (set by
// `npm run dev` / `npm start` when they start it next to Next.js). Run as many
// as you like: jobs are claimed with SKIP LOCKED and every pass is idempotent.
import "./lib/load-env";
import { startWorker } from "@/lib/jobs/queue";
import { disconnectDb } from "@/lib/db";

const log = (line: string) => process.stdout.write(`[worker] ${line}\n`);

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the worker with `npm run dev`, `npm start`, or set it in .env.");
  const worker = await startWorker({ databaseUrl, log });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await worker.stop();
    await disconnectDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`[worker] ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
