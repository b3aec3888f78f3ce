// Prisma's schema engine, compiled to WebAssembly, asked for the SQL between two Prisma schemas.
// The native engine cannot be downloaded on our machines, so `prisma migrate diff` does not run;
// this does the same diff fully offline. The engine insists on a driver adapter and asks it one
// question at start-up (server version); we answer that and refuse everything else, so a diff
// can never touch a real database (the adapter's shadow-database path is refused too).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaSource = { kind: "empty" } | { kind: "datamodel"; path: string; content: string };

const BOOLEAN = 5;
const TEXT = 7;
const INT32 = 0;

function refuse(what: string) {
  return async () => {
    throw new Error(`offline schema diff must not touch a database (${what})`);
  };
}

const offlineConnection = {
  provider: "postgres" as const,
  adapterName: "consilium-offline-diff",
  async queryRaw(query: { sql: string }) {
    if (query.sql.includes("server_version_num")) {
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [BOOLEAN, TEXT, INT32],
        rows: [[true, "PostgreSQL 15.0", 150000]],
      };
    }
    throw new Error(`offline schema diff must not touch a database: ${query.sql.slice(0, 80)}`);
  },
  executeRaw: refuse("executeRaw"),
  executeScript: refuse("executeScript"),
  startTransaction: refuse("startTransaction"),
  getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
  dispose: async () => {},
};

let enginePromise: Promise<typeof engineGlue> | undefined;

/** The wasm schema engine, instantiated once per process. */
export async function loadSchemaEngine(): Promise<typeof engineGlue> {
  // Under plain Node the package's `import "./x.wasm"` does not resolve: instantiate it by hand.
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm")
      .replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const module = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(module, {
      "./schema_engine_bg.js": engineGlue as unknown as WebAssembly.ModuleImports,
    });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineGlue;
  })();
  return enginePromise;
}

function toTarget(source: SchemaSource): engineGlue.DiffTarget {
  return source.kind === "empty"
    ? { tag: "empty" }
    : { tag: "schemaDatamodel", files: [{ path: source.path, content: source.content }] };
}

/** The SQL script that turns `from` into `to`; an empty string when they are the same. */
export async function diffSchemas(from: SchemaSource, to: SchemaSource): Promise<string> {
  const glue = await loadSchemaEngine();
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "consilium-offline-diff",
    connect: async () => offlineConnection,
    connectToShadowDb: refuse("shadow database"),
  } as never);
  const datamodels: [string, string][] = to.kind === "datamodel" ? [[to.path, to.content]] : [];
  const engine = await glue.SchemaEngine.new({ datamodels }, () => {}, adapter);
  const result = await engine.diff({
    from: toTarget(from),
    to: toTarget(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const script = (result.stdout ?? "").trim();
  return script === "-- This is an empty migration." ? "" : script;
}

export type { SchemaSource };
