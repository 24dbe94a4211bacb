// The real worker process (scripts/worker.ts on pg-boss) killed in the middle
// of a reminders run and started again: every due reminder ends up stored and
// emailed exactly once. To kill it at a known point, the test holds a row lock
// that the 7th reminder's transaction needs, waits until the worker is stuck
// there, then SIGKILLs it.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

const SESSIONS = 10;
const MINUTE = 60_000;
const workers: ChildProcess[] = [];

function startWorker(output: string[]): ChildProcess {
  // `node --import tsx` (not the tsx CLI, which runs the script in a grandchild): a SIGKILL must hit the worker itself.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  workers.push(child);
  return child;
}

async function waitFor(check: () => Promise<boolean>, what: string, output: string[], timeoutMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; worker output:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

afterAll(() => {
  for (const child of workers) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("worker restart", () => {
  it("a worker killed mid-run and restarted sends each due reminder exactly once", async () => {
    const program = await createProgram(db);
    const sessions: { memberId: string; volunteerId: string }[] = [];
    const now = Date.now();
    for (let i = 0; i < SESSIONS; i++) {
      const member = await createUser(db, { name: `Membre ${i}` });
      const org = await createOrganisation(db, { memberIds: [member.id] });
      const volunteer = await createVolunteer(db, { name: `Bénévole ${i}`, capacity: 2 });
      const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "MATCHED" });
      const pairing = await createPairing(db, { needId: need.id, volunteerId: volunteer.id, programId: program.id, status: "ACTIVE" });
      // Tomorrow's sessions, one minute apart: the planner sends them in this order.
      const startsAt = new Date(now + 3 * 60 * MINUTE + i * MINUTE);
      await db.sessionOccurrence.create({ data: { id: newId(), pairingId: pairing.id, startsAt, endsAt: new Date(startsAt.getTime() + 60 * MINUTE) } });
      sessions.push({ memberId: member.id, volunteerId: volunteer.id });
    }
    const ourUsers = sessions.flatMap((s) => [s.memberId, s.volunteerId]);
    const reminders = () => db.notification.count({ where: { userId: { in: ourUsers }, kind: "reminderSessionTomorrow" } });

    // Hold the people of the 4th session: the worker gets through 3 sessions (6 reminders), then waits on the lock.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT id FROM "User" WHERE id = ANY($1) FOR UPDATE`, [[sessions[3]!.memberId, sessions[3]!.volunteerId]]);

    const output: string[] = [];
    const first = startWorker(output);
    await waitFor(async () => (await reminders()) === 6, "the first worker to store 6 reminders", output);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await reminders()).toBe(6); // stuck on the 7th, mid-run
    const exited = new Promise((resolve) => first.once("exit", resolve));
    first.kill("SIGKILL");
    await exited;
    await blocker.query("ROLLBACK");
    await blocker.end();

    const second = startWorker(output);
    await waitFor(async () => (await reminders()) === SESSIONS * 2, "the restarted worker to store every reminder", output);
    await waitFor(
      async () => (await db.emailOutbox.count({ where: { userId: { in: ourUsers }, status: "SENT" } })) === SESSIONS * 2,
      "every reminder email to be delivered",
      output,
    );
    // Give the restarted worker another pass: nothing more may appear.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    second.kill("SIGTERM");
    await new Promise((resolve) => second.once("exit", resolve));

    const notes = await db.notification.findMany({ where: { userId: { in: ourUsers } }, select: { userId: true, dedupeKey: true } });
    expect(notes).toHaveLength(SESSIONS * 2);
    expect(new Set(notes.map((n) => n.dedupeKey)).size).toBe(SESSIONS * 2);
    expect(notes.every((n) => n.dedupeKey?.startsWith("session_tomorrow:"))).toBe(true);
    const emails = await db.emailOutbox.findMany({ where: { userId: { in: ourUsers } }, select: { status: true, attempts: true } });
    expect(emails).toHaveLength(SESSIONS * 2);
    expect(emails.every((e) => e.status === "SENT" && e.attempts === 1)).toBe(true);
  }, 180_000);
});
