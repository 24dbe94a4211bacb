// Prints the SQL that creates the whole schema from nothing, as Prisma Migrate
// would. Used for the initial migration:
//   npx tsx scripts/schema/print-create-sql.ts > prisma/migrations/<ts>_init/migration.sql
import { shapeFromPrismaSchema } from "./from-prisma";
import { renderCreateSql } from "./render-sql";

shapeFromPrismaSchema().then((shape) => process.stdout.write(renderCreateSql(shape)));
