// Read by the Prisma CLI (generate, studio). Migrations are applied by scripts/db-migrate.ts, which
// needs no native engine; see README "Migrations". env("DATABASE_URL") would throw when it is unset.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
