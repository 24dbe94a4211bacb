// Shared by `npm run dev` and `npm start`: database, demo data, then Next.js
// and the job worker (scripts/worker.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { readyDatabase } from "./database";

function localSecret(): string {
  // A demo or development server with no AUTH_SECRET gets one kept in .data/,
  // so sessions survive restarts. Production deployments must set their own.
  const file = path.resolve(".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export async function serve(options: { mode: "dev" | "start"; dbName: string; fresh?: boolean; seed: boolean }) {
  const port = Number(process.env.PORT ?? 3000);
  const database = await readyDatabase({ name: options.dbName, fresh: options.fresh });
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;
  process.env.AUTH_SECRET ??= localSecret();
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  if (options.seed) {
    const { seedDemoDatabase } = await import("./seed-demo");
    await seedDemoDatabase();
  }
  const nextBin = require.resolve("next/dist/bin/next");
  const args = options.mode === "dev" ? ["dev", "--port", String(port)] : ["start", "--port", String(port)];
  const children: ChildProcess[] = [
    spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env: process.env }),
    // The job worker (reminders, proposal expiry, email delivery) runs next to the web server.
    spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], { stdio: "inherit", env: process.env }),
  ];

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill("SIGTERM");
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  for (const child of children) child.on("exit", (code) => void stop(code ?? 0));
}
