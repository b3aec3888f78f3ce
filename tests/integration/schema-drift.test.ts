// prisma/schema.prisma and prisma/migrations must describe the same database: this builds one from the
// migrations and asks lib/db/schema-drift.ts for the differences. A schema change without its migration
// (or a migration the schema does not follow) fails here, not at run time on the first query it breaks.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../lib/db/migrate";
import { findSchemaDrift } from "../../lib/db/schema-drift";
import { diffSchemas } from "../../scripts/lib/schema-diff";
import { createEmptyDatabase, dropDatabase, type EmptyDatabase, withClient } from "../support/empty-database";

const databases: EmptyDatabase[] = [];
const scratchDirs: string[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map(dropDatabase));
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function databaseFromMigrations(): Promise<string> {
  const database = await createEmptyDatabase();
  databases.push(database);
  await applyMigrations({ connectionString: database.url });
  return database.url;
}

async function execute(url: string, sql: string): Promise<void> {
  await withClient(url, (client) => client.query(sql));
}

describe("the real schema and migrations", () => {
  it("agree: no drift between prisma/schema.prisma and a database built from prisma/migrations", async () => {
    const url = await databaseFromMigrations();
    expect(await findSchemaDrift({ connectionString: url })).toEqual([]);
  });

  it("reports a column the database has and the schema does not", async () => {
    const url = await databaseFromMigrations();
    await execute(url, 'ALTER TABLE "User" ADD COLUMN x int');
    expect(await findSchemaDrift({ connectionString: url })).toEqual([
      'extra column "User"."x" (integer, not in the schema)',
    ]);
  });

  it("reports a unique index the schema declares and the database lacks", async () => {
    const url = await databaseFromMigrations();
    await execute(url, 'DROP INDEX "User_email_key"');
    expect(await findSchemaDrift({ connectionString: url })).toEqual(['missing unique index on "User"(email)']);
  });

  it("reports a column whose type or nullability differs", async () => {
    const url = await databaseFromMigrations();
    await execute(url, 'ALTER TABLE "Question" ALTER COLUMN "title" TYPE text, ALTER COLUMN "shownCity" SET NOT NULL');
    expect(await findSchemaDrift({ connectionString: url })).toEqual([
      'column "Question"."title": type is text in the database, character varying(200) in the schema',
      'column "Question"."shownCity": NOT NULL in the database, nullable in the schema',
    ]);
  });

  it("reports enum values, index sort order, primary keys and referential actions that differ", async () => {
    const url = await databaseFromMigrations();
    await execute(
      url,
      `ALTER TYPE "Role" ADD VALUE 'ROBOT';
       DROP INDEX "Question_createdAt_idx";
       CREATE INDEX "Question_createdAt_idx" ON "Question"("createdAt");
       ALTER TABLE "Follow" DROP CONSTRAINT "Follow_pkey", ADD PRIMARY KEY ("questionId", "userId");
       ALTER TABLE "Payment" DROP CONSTRAINT "Payment_consultationId_fkey",
         ADD CONSTRAINT "Payment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id")
         ON DELETE CASCADE ON UPDATE CASCADE;`,
    );
    expect(await findSchemaDrift({ connectionString: url })).toEqual([
      `enum "Role": extra value 'ROBOT'`,
      'missing index on "Question"(createdAt DESC)',
      'primary key of "Follow": (questionId, userId) in the database, (userId, questionId) in the schema',
      'foreign key "Payment"(consultationId) → "Consultation"(id): onDelete is Cascade in the database, Restrict in the schema',
    ]);
  });

  it("ignores hand-written SQL the schema cannot express: partial and expression indexes, checks, triggers", async () => {
    const url = await databaseFromMigrations();
    await execute(
      url,
      `CREATE INDEX "Question_title_trgm_idx" ON "Question" USING gin ("title" gin_trgm_ops);
       CREATE UNIQUE INDEX "User_email_lower_key" ON "User" (lower("email"));
       CREATE UNIQUE INDEX "Payment_one_pending_key" ON "Payment"("consultationId") WHERE "state" = 'PENDING';
       ALTER TABLE "Question" ADD CONSTRAINT "Question_viewCount_check" CHECK ("viewCount" >= 0);`,
    );
    expect(await findSchemaDrift({ connectionString: url })).toEqual([]);
  });
});

// Every kind of column Prisma can map, built by Prisma's own engine (scripts/lib/schema-diff.ts): the
// drift check must see exactly what the engine created, or it would cry wolf on the next schema change.
const EVERY_KIND_OF_COLUMN = `datasource db {
  provider = "postgresql"
}

enum Colour {
  RED   @map("red")
  GREEN

  @@map("colour")
}

model Everything {
  id         BigInt    @id @default(autoincrement()) @map("everything_id")
  text       String
  varchar    String    @db.VarChar(12)
  varcharAny String?   @db.VarChar
  char       String    @db.Char(3)
  uuid       String    @db.Uuid
  xml        String?   @db.Xml
  inet       String?   @db.Inet
  bit        String?   @db.Bit(4)
  varbit     String?   @db.VarBit(8)
  int        Int
  small      Int       @db.SmallInt
  oid        Int?      @db.Oid
  boolean    Boolean
  float      Float
  real       Float     @db.Real
  decimal    Decimal
  decimal2   Decimal   @db.Decimal(10, 2)
  money      Decimal?  @db.Money
  at         DateTime
  at6        DateTime  @db.Timestamp(6)
  atTz       DateTime  @db.Timestamptz(3)
  atTzAny    DateTime? @db.Timestamptz
  day        DateTime  @db.Date
  time       DateTime? @db.Time(2)
  timeTz     DateTime? @db.Timetz
  json       Json
  jsonPlain  Json?     @db.Json
  bytes      Bytes
  colour     Colour    @default(RED)
  colours    Colour[]
  tags       String[]
  ownerId    Int?      @map("owner_id")
  owner      Owner?    @relation(fields: [ownerId], references: [id])

  @@unique([text, int(sort: Desc)])
  @@index([at(sort: Desc), small])
  @@map("everything")
}

model Owner {
  id         Int          @id
  code       String       @unique
  everything Everything[]
  groups     Group[]
  pairs      Pair[]
}

model Group {
  id     Int     @id
  owners Owner[]
}

model Pair {
  left    Int
  right   String
  ownerId Int
  owner   Owner  @relation(fields: [ownerId], references: [id])

  @@id([left, right])
}
`;

describe("a schema using every kind of column, @map and @@map, lists and an implicit many-to-many", () => {
  it("has no drift from the database Prisma's engine builds for it, and reports mapped names when they differ", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "consilium-drift-"));
    scratchDirs.push(dir);
    const schemaPath = path.join(dir, "schema.prisma");
    await writeFile(schemaPath, EVERY_KIND_OF_COLUMN);
    const database = await createEmptyDatabase();
    databases.push(database);
    const sql = await diffSchemas(
      { kind: "empty" },
      { kind: "datamodel", path: schemaPath, content: EVERY_KIND_OF_COLUMN },
    );
    await execute(database.url, sql);

    expect(await findSchemaDrift({ connectionString: database.url, schemaPath })).toEqual([]);

    await execute(database.url, 'ALTER TABLE "everything" RENAME COLUMN "owner_id" TO "ownerId"');
    expect(await findSchemaDrift({ connectionString: database.url, schemaPath })).toEqual([
      'missing column "everything"."owner_id" (integer)',
      'extra column "everything"."ownerId" (integer, not in the schema)',
      'missing foreign key "everything"(owner_id) → "Owner"(id)',
      'extra foreign key "everything_owner_id_fkey" "everything"(ownerId) → "Owner"(id) (not in the schema)',
    ]);
  });
});
