// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or to the
// embedded development database when it is not set).
import { readyDatabase } from "./lib/database";

readyDatabase({ name: "dev" })
  .then((db) => db.stop())
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
