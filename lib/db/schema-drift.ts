// Compares prisma/schema.prisma with a live database. The migrations are hand-reviewed SQL and the
// schema is what the Prisma client believes; when the two disagree the client fails at run time, on
// whichever query first touches the difference. tests/integration/schema-drift.test.ts runs this against
// a database built from prisma/migrations, so a schema edit without its migration fails in CI instead.
//
// Deliberately ignored: CHECK constraints, triggers, functions, extensions, column defaults, and
// partial or expression indexes, which are the hand-written SQL Prisma's schema cannot express.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { readDatabaseShape } from "./schema-drift-database";
import { type ExpectedShape, expectedShapeFromDmmf, type PrismaDatamodel } from "./schema-drift-prisma";

export type FindSchemaDriftOptions = {
  connectionString: string;
  /** Defaults to prisma/schema.prisma under the current working directory. */
  schemaPath?: string;
};

async function loadExpectedShape(schemaPath: string): Promise<ExpectedShape> {
  const content = await readFile(schemaPath, "utf8");
  let dmmf: string;
  try {
    dmmf = get_dmmf(JSON.stringify({ prismaSchema: [[schemaPath, content]], noColor: true }));
  } catch (error) {
    // The engine throws an Error whose message is JSON ({ error_code, message }); the inner message is the useful part.
    const raw = error instanceof Error ? error.message : String(error);
    const parsed = (() => {
      try {
        return JSON.parse(raw) as { message?: string };
      } catch {
        return { message: raw };
      }
    })();
    throw new Error(`${schemaPath} is not a valid Prisma schema:\n${parsed.message ?? raw}`, { cause: error });
  }
  return expectedShapeFromDmmf((JSON.parse(dmmf) as { datamodel: PrismaDatamodel }).datamodel);
}

function forEachMissingKey<T>(expected: Map<string, T>, actual: Map<string, T>, onlyExpected: (key: string) => void) {
  for (const key of expected.keys()) if (!actual.has(key)) onlyExpected(key);
}

/** Human-readable differences between the Prisma schema and the database; empty when they agree. */
export async function findSchemaDrift(options: FindSchemaDriftOptions): Promise<string[]> {
  const schemaPath = options.schemaPath ?? path.resolve(process.cwd(), "prisma/schema.prisma");
  const expected = await loadExpectedShape(schemaPath);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  const actual = await readDatabaseShape(client).finally(() => client.end());
  const drift: string[] = [];

  for (const [enumName, values] of expected.enums) {
    const actualValues = actual.enums.get(enumName);
    if (!actualValues) {
      drift.push(`missing enum type "${enumName}"`);
      continue;
    }
    for (const value of values)
      if (!actualValues.includes(value)) drift.push(`enum "${enumName}": missing value '${value}'`);
    for (const value of actualValues)
      if (!values.includes(value)) drift.push(`enum "${enumName}": extra value '${value}'`);
  }
  for (const enumName of actual.enums.keys()) {
    if (!expected.enums.has(enumName)) drift.push(`extra enum type "${enumName}" (not in the schema)`);
  }

  for (const table of actual.tables.keys()) {
    if (!expected.tables.has(table)) drift.push(`extra table "${table}" (not in the schema)`);
  }

  for (const [tableName, table] of expected.tables) {
    const actualTable = actual.tables.get(tableName);
    if (!actualTable) {
      drift.push(`missing table "${tableName}" (model ${table.model})`);
      continue;
    }
    // Implicit many-to-many join tables belong to Prisma; their presence is all the schema promises.
    if (table.implicit) continue;

    for (const [columnName, column] of table.columns) {
      const actualColumn = actualTable.columns.get(columnName);
      const where = `column "${tableName}"."${columnName}"`;
      if (!actualColumn) {
        drift.push(`missing ${where} (${column.sqlType}${column.notNull ? " NOT NULL" : ""})`);
        continue;
      }
      if (actualColumn.sqlType !== column.sqlType) {
        drift.push(`${where}: type is ${actualColumn.sqlType} in the database, ${column.sqlType} in the schema`);
      }
      if (actualColumn.notNull !== column.notNull) {
        const nullability = (notNull: boolean) => (notNull ? "NOT NULL" : "nullable");
        drift.push(
          `${where}: ${nullability(actualColumn.notNull)} in the database, ${nullability(column.notNull)} in the schema`,
        );
      }
    }
    for (const [columnName, column] of actualTable.columns) {
      if (!table.columns.has(columnName)) {
        drift.push(`extra column "${tableName}"."${columnName}" (${column.sqlType}, not in the schema)`);
      }
    }

    if (actualTable.primaryKey !== table.primaryKey) {
      drift.push(
        `primary key of "${tableName}": (${actualTable.primaryKey ?? "none"}) in the database, (${table.primaryKey ?? "none"}) in the schema`,
      );
    }

    forEachMissingKey(table.uniqueIndexes, actualTable.uniqueIndexes, (columns) =>
      drift.push(`missing unique index on "${tableName}"(${columns})`),
    );
    for (const [columns, indexName] of actualTable.uniqueIndexes) {
      if (!table.uniqueIndexes.has(columns)) {
        drift.push(`extra unique index "${indexName}" on "${tableName}"(${columns}) (not in the schema)`);
      }
    }
    forEachMissingKey(table.indexes, actualTable.indexes, (columns) =>
      drift.push(`missing index on "${tableName}"(${columns})`),
    );

    for (const [key, foreignKey] of table.foreignKeys) {
      const actualForeignKey = actualTable.foreignKeys.get(key);
      if (!actualForeignKey) {
        drift.push(`missing foreign key ${key}`);
        continue;
      }
      for (const rule of ["onDelete", "onUpdate"] as const) {
        if (actualForeignKey[rule] !== foreignKey[rule]) {
          drift.push(
            `foreign key ${key}: ${rule} is ${actualForeignKey[rule]} in the database, ${foreignKey[rule]} in the schema`,
          );
        }
      }
    }
    for (const [key, foreignKey] of actualTable.foreignKeys) {
      if (!table.foreignKeys.has(key)) drift.push(`extra foreign key "${foreignKey.name}" ${key} (not in the schema)`);
    }
  }
  return drift;
}
