// `npm run db:migrate`: applies pending migrations to DATABASE_URL (see lib/db/migrate.ts for why we
// do not use `prisma migrate deploy`). Exits 1 with the reason when the database refuses or the history
// does not match the files, so a deploy pipeline stops there.
import { applyMigrations } from "../lib/db/migrate";
import { databaseUrl } from "../lib/env";

try {
  await applyMigrations({ connectionString: databaseUrl(), log: (line) => console.log(line) });
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
