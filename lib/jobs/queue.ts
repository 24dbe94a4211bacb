// The background jobs, on pg-boss (a job queue in PostgreSQL: its tables live
// in the `pgboss` schema of Tandem's own database, so there is nothing else to
// run). Three recurring passes, each scheduled every minute by pg-boss's cron
// (one schedule shared by every worker, so running several workers does not
// multiply them) and each safe to run twice:
// - expire proposals past their deadline and cascade to the next candidate;
// - send due reminders and nudges (idempotency keys, see ./reminders.ts);
// - deliver the email outbox.
import PgBoss from "pg-boss";
import { deliverPendingEmails } from "@/lib/email/transport";
import { expireOverdueProposals } from "@/lib/pairings/expiry";
import { sendDueReminders } from "./reminders";

export const JOBS = {
  expireProposals: "tandem-expire-proposals",
  reminders: "tandem-reminders",
  deliverEmails: "tandem-deliver-emails",
} as const;

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(options: { databaseUrl: string; log: (line: string) => void; pollingIntervalSeconds?: number }): Promise<RunningWorker> {
  const { log } = options;
  const boss = new PgBoss({ connectionString: options.databaseUrl, application_name: "tandem-worker", max: 4 });
  boss.on("error", (error) => log(`job queue error: ${error.message}`));
  await boss.start();

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  // A pass that crashed or hung is retried; none of them takes minutes.
  const queueOptions = { retryLimit: 3, retryDelay: 30, expireInSeconds: 300 };
  for (const name of Object.values(JOBS)) {
    await boss.createQueue(name, { name, ...queueOptions });
    await boss.schedule(name, "* * * * *");
  }

  await boss.work(JOBS.expireProposals, polling, async () => {
    const expired = await expireOverdueProposals();
    if (expired.length) {
      log(`expired ${expired.length} proposal(s)`);
      await boss.send(JOBS.deliverEmails, {});
    }
  });
  await boss.work(JOBS.reminders, polling, async () => {
    const { planned, created } = await sendDueReminders();
    if (created) {
      log(`reminders: ${created} sent (${planned} due)`);
      await boss.send(JOBS.deliverEmails, {});
    }
  });
  await boss.work(JOBS.deliverEmails, polling, async () => {
    const sent = await deliverPendingEmails({ limit: 200 });
    if (sent) log(`delivered ${sent} email(s)`);
  });

  // Run every pass once now rather than wait for the first scheduled minute.
  for (const name of Object.values(JOBS)) await boss.send(name, {});
  log("worker started: proposal expiry, reminders, email delivery");

  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 15_000 }),
  };
}
