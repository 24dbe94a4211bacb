import { db, disconnectDb } from "@/lib/db";
import { describeDemoSignIns } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

/** Seeds the demo story once (idempotent) and prints the demo sign-ins. */
export async function seedDemoDatabase() {
  const outcome = await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  process.stdout.write(`${outcome === "seeded" ? "Demo data created." : "Demo data already present."}\n\n${describeDemoSignIns()}\n\n`);
  await disconnectDb();
}
