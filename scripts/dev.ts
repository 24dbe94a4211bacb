// `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set), migrations,
// demo data, then the Next.js development server.
import { serve } from "./lib/serve";

serve({ mode: "dev", dbName: "dev", seed: true }).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
