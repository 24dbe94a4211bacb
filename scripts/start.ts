// `npm start`: serves the production build. With no DATABASE_URL it runs the
// demo on an embedded PostgreSQL. Flags: --fresh (start from an empty demo
// database), --no-seed, --db <name> (embedded data folder, default "demo").
import { serve } from "./lib/serve";

const args = process.argv.slice(2);
const dbIndex = args.indexOf("--db");
serve({
  mode: "start",
  dbName: dbIndex >= 0 ? (args[dbIndex + 1] ?? "demo") : "demo",
  fresh: args.includes("--fresh"),
  seed: !args.includes("--no-seed"),
}).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
