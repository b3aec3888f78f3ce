// The live database's shape, read from pg_catalog, in the same terms schema-drift.ts derives from the
// Prisma schema: types as format_type() prints them, column lists as "a, b DESC", referential actions
// by their Prisma names.
import type pg from "pg";

export type ColumnShape = { sqlType: string; notNull: boolean };
export type ForeignKeyShape = { name: string; onDelete: string; onUpdate: string };
export type TableShape = {
  columns: Map<string, ColumnShape>;
  /** Key columns as "a, b", or null without a primary key. */
  primaryKey: string | null;
  /** Column list → index name. */
  uniqueIndexes: Map<string, string>;
  indexes: Map<string, string>;
  /** '"Table"(a) → "Other"(id)' → details. */
  foreignKeys: Map<string, ForeignKeyShape>;
};
export type DatabaseShape = { enums: Map<string, string[]>; tables: Map<string, TableShape> };

const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

export function foreignKeyKey(table: string, columns: string[], referencedTable: string, referencedColumns: string[]) {
  return `"${table}"(${columns.join(", ")}) → "${referencedTable}"(${referencedColumns.join(", ")})`;
}

// Extension-owned tables and types (pg_depend deptype 'e') are the extension's business, not the schema's.
const NOT_FROM_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %s AND d.deptype = 'e')";

const TABLES_SQL = `
SELECT c.relname AS table_name
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
  AND ${NOT_FROM_EXTENSION.replace("%s", "c.oid")}`;

// Enum columns are compared by the enum's name (format_type would quote mixed-case names).
const COLUMNS_SQL = `
SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
  CASE WHEN t.typtype = 'e' THEN t.typname::text
       WHEN et.typtype = 'e' THEN et.typname::text || '[]'
       ELSE format_type(a.atttypid, a.atttypmod) END AS sql_type
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`;

const ENUMS_SQL = `
SELECT t.typname AS enum_name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS enum_values
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = current_schema() AND ${NOT_FROM_EXTENSION.replace("%s", "t.oid")}
GROUP BY t.typname`;

// indoption bit 0 is DESC; INCLUDE columns (after indnkeyatts) are not part of the key.
const INDEXES_SQL = `
SELECT t.relname AS table_name, i.relname AS index_name, ix.indisprimary AS is_primary, ix.indisunique AS is_unique,
  (ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL) AS is_hand_written,
  ARRAY(SELECT a.attname::text || CASE WHEN ix.indoption[k.ord - 1] & 1 = 1 THEN ' DESC' ELSE '' END
        FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
        WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS index_columns
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema()`;

const FOREIGN_KEYS_SQL = `
SELECT con.conname AS name, c.relname AS table_name, rc.relname AS referenced_table,
  ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
  ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS referenced_columns,
  con.confdeltype AS on_delete, con.confupdtype AS on_update
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_class rc ON rc.oid = con.confrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype = 'f' AND n.nspname = current_schema()`;

export async function readDatabaseShape(client: pg.Client): Promise<DatabaseShape> {
  const tables = new Map<string, TableShape>();
  const { rows: tableRows } = await client.query<{ table_name: string }>(TABLES_SQL);
  for (const { table_name } of tableRows) {
    tables.set(table_name, {
      columns: new Map(),
      primaryKey: null,
      uniqueIndexes: new Map(),
      indexes: new Map(),
      foreignKeys: new Map(),
    });
  }

  const { rows: columnRows } = await client.query<{
    table_name: string;
    column_name: string;
    not_null: boolean;
    sql_type: string;
  }>(COLUMNS_SQL);
  for (const row of columnRows) {
    tables.get(row.table_name)?.columns.set(row.column_name, { sqlType: row.sql_type, notNull: row.not_null });
  }

  const { rows: indexRows } = await client.query<{
    table_name: string;
    index_name: string;
    is_primary: boolean;
    is_unique: boolean;
    is_hand_written: boolean;
    index_columns: string[];
  }>(INDEXES_SQL);
  for (const row of indexRows) {
    const table = tables.get(row.table_name);
    if (!table || row.is_hand_written) continue;
    const columns = row.index_columns.join(", ");
    if (row.is_primary) table.primaryKey = columns;
    else (row.is_unique ? table.uniqueIndexes : table.indexes).set(columns, row.index_name);
  }

  const { rows: foreignKeyRows } = await client.query<{
    name: string;
    table_name: string;
    referenced_table: string;
    columns: string[];
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(FOREIGN_KEYS_SQL);
  for (const row of foreignKeyRows) {
    const key = foreignKeyKey(row.table_name, row.columns, row.referenced_table, row.referenced_columns);
    tables.get(row.table_name)?.foreignKeys.set(key, {
      name: row.name,
      onDelete: REFERENTIAL_ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: REFERENTIAL_ACTIONS[row.on_update] ?? row.on_update,
    });
  }

  const { rows: enumRows } = await client.query<{ enum_name: string; enum_values: string[] }>(ENUMS_SQL);
  const enums = new Map(enumRows.map((row) => [row.enum_name, row.enum_values]));
  return { enums, tables };
}
