// The Prisma client. Only lib/ imports this (lint rule, STYLE.md rule 1).
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./env";
import { PrismaClient } from "./generated/prisma/client";

function createClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    // Password hashes leave the database only where a use-case asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { consiliumDb?: Db; consiliumDbUrl?: string };

/** One client per process (and per DATABASE_URL, which integration tests change between files). */
export function db(): Db {
  const url = databaseUrl();
  if (!globalForDb.consiliumDb || globalForDb.consiliumDbUrl !== url) {
    void globalForDb.consiliumDb?.$disconnect();
    globalForDb.consiliumDb = createClient(url);
    globalForDb.consiliumDbUrl = url;
  }
  return globalForDb.consiliumDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.consiliumDb?.$disconnect();
  globalForDb.consiliumDb = undefined;
  globalForDb.consiliumDbUrl = undefined;
}
