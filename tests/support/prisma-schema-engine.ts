// Prisma's own schema engine (the WebAssembly build of the commit our client comes from), connected to a
// real database through @prisma/adapter-pg. Its applyMigrations is the code behind `prisma migrate deploy`,
// and its diagnoseMigrationHistory the one behind `prisma migrate status`, so tests use it as the judge of whether lib/db/migrate.ts keeps a history Prisma accepts.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { loadSchemaEngine } from "../../scripts/lib/schema-diff";

async function migrationsList(baseDir: string): Promise<engineGlue.MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function prismaSchemaEngine(connectionString: string, migrationsDir: string) {
  const glue = await loadSchemaEngine();
  // Our own pool, so close() can end the connections before the test drops the database.
  const pool = new pg.Pool({ connectionString });
  const factory = new PrismaPg(pool);
  // @prisma/adapter-pg's executeScript splits scripts on every ";", which breaks dollar-quoted function
  // bodies; Prisma's native engine sends a migration whole, and so does this stand-in.
  const wholeScripts: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScripts);
  const engine = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  const list = await migrationsList(migrationsDir);
  return {
    close: async () => {
      engine.free();
      await pool.end();
    },
    /** What `prisma migrate status` looks at: edited, failed and unapplied migrations. */
    diagnose: () =>
      engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS }),
    /** `prisma migrate deploy`. */
    deploy: () => engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }),
  };
}
