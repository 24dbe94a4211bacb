// Gives scripts a migrated database: DATABASE_URL when set, otherwise an
import "./load-env";
// embedded PostgreSQL with its data under .data/postgres/<name>.
import pg from "pg";
import { migrate } from "@/lib/db/migrator";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

export interface ReadyDatabase {
  url: string;
  embedded: EmbeddedServer | null;
  stop(): Promise<void>;
}

export async function readyDatabase(options: { name: string; port?: number; fresh?: boolean; log?: (line: string) => void }): Promise<ReadyDatabase> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedServer | null = null;
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({ name: options.name, port: options.port });
    if (options.fresh) {
      const admin = new pg.Client({ connectionString: embedded.url("postgres") });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS tandem WITH (FORCE)`);
      await admin.end();
    }
    await embedded.createDatabase("tandem");
    url = embedded.url("tandem");
    log(`Embedded PostgreSQL ready on port ${embedded.port} in ${Date.now() - started} ms (data in .data/postgres/${options.name}).`);
  }
  const result = await migrate({ databaseUrl: url });
  log(result.applied.length ? `Applied migrations: ${result.applied.join(", ")}` : `Database schema up to date (${result.alreadyApplied.length} migrations).`);
  return {
    url,
    embedded,
    stop: async () => {
      if (embedded) await embedded.stop();
    },
  };
}
