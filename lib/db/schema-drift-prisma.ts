// What the Prisma schema promises the database looks like, from the DMMF of @prisma/prisma-schema-wasm
// (the same engine commit the client is generated with), in the terms schema-drift-database.ts reads.
import { type DatabaseShape, foreignKeyKey, type TableShape } from "./schema-drift-database";

// Only the parts of the DMMF this check reads.
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
};
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
export type PrismaDatamodel = {
  models: DmmfModel[];
  enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
  indexes: DmmfIndex[];
};

export type ExpectedTable = TableShape & {
  model: string;
  /** An implicit many-to-many join table, which Prisma names and shapes itself. */
  implicit: boolean;
};
export type ExpectedShape = Omit<DatabaseShape, "tables"> & { tables: Map<string, ExpectedTable> };

// Prisma's Postgres column type for each scalar without @db.*, as format_type() prints it.
const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

// @db.* attribute → format_type() spelling; "(n)" marks where the arguments go.
const NATIVE_TYPES: Record<string, string> = {
  Text: "text",
  VarChar: "character varying(n)",
  Char: "character(n)",
  Uuid: "uuid",
  Xml: "xml",
  Inet: "inet",
  Citext: "citext",
  Bit: "bit(n)",
  VarBit: "bit varying(n)",
  Integer: "integer",
  SmallInt: "smallint",
  Oid: "oid",
  BigInt: "bigint",
  Boolean: "boolean",
  DoublePrecision: "double precision",
  Real: "real",
  Decimal: "numeric(n)",
  Money: "money",
  Timestamp: "timestamp(n) without time zone",
  Timestamptz: "timestamp(n) with time zone",
  Time: "time(n) without time zone",
  Timetz: "time(n) with time zone",
  Date: "date",
  Json: "json",
  JsonB: "jsonb",
  ByteA: "bytea",
};

function sqlType(field: DmmfField, enumNames: Map<string, string>): string {
  let base: string;
  if (field.kind === "enum") {
    base = enumNames.get(field.type) ?? field.type;
  } else if (field.nativeType) {
    const [name, args] = field.nativeType;
    const template = NATIVE_TYPES[name] ?? name.toLowerCase();
    base = template.replace("(n)", args.length > 0 ? `(${args.join(",")})` : "");
  } else {
    base = DEFAULT_TYPES[field.type] ?? field.type;
  }
  return field.isList ? `${base}[]` : base;
}

export function expectedShapeFromDmmf(datamodel: PrismaDatamodel): ExpectedShape {
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const enums = new Map(
    datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((value) => value.dbName ?? value.name)]),
  );
  const modelsByName = new Map(datamodel.models.map((model) => [model.name, model]));
  const tableName = (model: DmmfModel) => model.dbName ?? model.name;
  const columnName = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  const tables = new Map<string, ExpectedTable>();
  for (const model of datamodel.models) {
    // Prisma creates list columns nullable even though the client treats them as required.
    const columns = new Map(
      model.fields
        .filter((field) => field.kind === "scalar" || field.kind === "enum")
        .map((field) => [
          field.dbName ?? field.name,
          { sqlType: sqlType(field, enumNames), notNull: field.isRequired && !field.isList },
        ]),
    );
    const idField = model.fields.find((field) => field.isId);
    const primaryKeyFields = model.primaryKey?.fields ?? (idField ? [idField.name] : []);
    const foreignKeys = new Map<string, { name: string; onDelete: string; onUpdate: string }>();
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = modelsByName.get(field.type);
      if (!target) continue;
      const key = foreignKeyKey(
        tableName(model),
        field.relationFromFields.map((name) => columnName(model, name)),
        tableName(target),
        (field.relationToFields ?? []).map((name) => columnName(target, name)),
      );
      // Prisma's defaults when the schema names no action: a required relation restricts deletes,
      // an optional one nulls the reference; updates cascade either way.
      foreignKeys.set(key, {
        name: field.name,
        onDelete: field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull"),
        onUpdate: field.relationOnUpdate ?? "Cascade",
      });
    }
    tables.set(tableName(model), {
      model: model.name,
      implicit: false,
      columns,
      primaryKey: primaryKeyFields.length ? primaryKeyFields.map((name) => columnName(model, name)).join(", ") : null,
      uniqueIndexes: new Map(),
      indexes: new Map(),
      foreignKeys,
    });

    // Both sides are lists and neither holds the foreign key: Prisma keeps the pairs in "_<relationName>".
    for (const field of model.fields) {
      const target = modelsByName.get(field.type);
      const otherSide = target?.fields.find(
        (candidate) => candidate.relationName === field.relationName && candidate !== field,
      );
      if (field.kind === "object" && field.isList && otherSide?.isList && !field.relationFromFields?.length) {
        const joinTable = `_${field.relationName}`;
        tables.set(joinTable, { ...emptyTable(joinTable), implicit: true });
      }
    }
  }

  for (const index of datamodel.indexes) {
    const model = modelsByName.get(index.model);
    const table = model && tables.get(tableName(model));
    if (!model || !table || (index.type !== "unique" && index.type !== "normal")) continue;
    const columns = index.fields
      .map((field) => `${columnName(model, field.name)}${field.sortOrder === "desc" ? " DESC" : ""}`)
      .join(", ");
    (index.type === "unique" ? table.uniqueIndexes : table.indexes).set(columns, index.type);
  }
  return { enums, tables };
}

function emptyTable(model: string): ExpectedTable {
  return {
    model,
    implicit: false,
    columns: new Map(),
    primaryKey: null,
    uniqueIndexes: new Map(),
    indexes: new Map(),
    foreignKeys: new Map(),
  };
}
