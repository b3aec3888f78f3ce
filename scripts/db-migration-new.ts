// `npm run db:migration:new -- <name> [--from-empty | --from <old-schema.prisma>]`
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that turns the "from" schema
// (by default the schema as last committed) into the working prisma/schema.prisma. This stands in for
// `prisma migrate dev --create-only`, whose native engine cannot be downloaded here.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffSchemas, type SchemaSource } from "./lib/schema-diff";

const SCHEMA_PATH = "prisma/schema.prisma";
const MIGRATIONS_DIR = "prisma/migrations";
const USAGE = "usage: npm run db:migration:new -- <name> [--from-empty | --from <path-to-old-schema.prisma>]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArguments(args: string[]): { name: string; from: "committed" | "empty" | { path: string } } {
  let from: "committed" | "empty" | { path: string } = "committed";
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--from-empty") from = "empty";
    else if (arg === "--from") {
      const fromPath = args[++i];
      if (!fromPath) fail(`--from needs a path to a schema file\n${USAGE}`);
      from = { path: fromPath };
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
    else names.push(arg);
  }
  const name = names
    .join("_")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) fail(`a migration name is required, e.g. add_question_tags\n${USAGE}`);
  return { name, from };
}

function git(args: string[]): string {
  return execFileSync("git", args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function fromSource(from: "committed" | "empty" | { path: string }): Promise<SchemaSource> {
  if (from === "empty") return { kind: "empty" };
  if (from !== "committed") {
    if (!existsSync(from.path)) fail(`--from ${from.path}: no such file`);
    return { kind: "datamodel", path: from.path, content: await readFile(from.path, "utf8") };
  }
  try {
    return { kind: "datamodel", path: SCHEMA_PATH, content: git(["show", `HEAD:${SCHEMA_PATH}`]) };
  } catch {
    return fail(`${SCHEMA_PATH} is not in the last commit; use --from-empty or --from <path>\n${USAGE}`);
  }
}

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

// Folder names are applied in sorted order, so a new migration must sort after every existing one even
// when this machine's clock is behind the one that wrote the last migration.
async function nextTimestamp(): Promise<string> {
  const existing = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
    .map((entry) => entry.name.slice(0, 14))
    .sort();
  const latest = existing.at(-1);
  const now = utcTimestamp(new Date());
  if (!latest || now > latest) return now;
  const [, y, mo, d, h, mi, s] = latest.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/) ?? [];
  const oneSecondLater = new Date(Date.UTC(+`${y}`, +`${mo}` - 1, +`${d}`, +`${h}`, +`${mi}`, +`${s}`) + 1000);
  console.warn(
    `note: the clock (${now}) is not after the latest migration (${latest}); using ${utcTimestamp(oneSecondLater)}`,
  );
  return utcTimestamp(oneSecondLater);
}

// Diffing against the last commit repeats whatever an uncommitted migration already does.
function warnAboutUncommittedMigrations(): void {
  try {
    const changes = git(["status", "--porcelain", "--", MIGRATIONS_DIR]).trimEnd();
    if (changes) {
      console.warn(
        `note: ${MIGRATIONS_DIR} has uncommitted changes:\n${changes}\n` +
          "the new migration is diffed against the committed schema and may repeat what those already do;\n" +
          "commit them with their schema change first, or pass --from <schema they were made from>.",
      );
    }
  } catch {
    // Not a git checkout: nothing to compare against, and --from/--from-empty still work.
  }
}

const { name, from } = parseArguments(process.argv.slice(2));
if (from === "committed") warnAboutUncommittedMigrations();
const target: SchemaSource = { kind: "datamodel", path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") };
const sql = await diffSchemas(await fromSource(from), target);
if (!sql) {
  const fromLabel = from === "committed" ? "the last commit" : from === "empty" ? "an empty database" : from.path;
  console.log(`no change: ${SCHEMA_PATH} builds the same database as ${fromLabel}; nothing was created`);
  process.exit(0);
}

const folder = path.join(MIGRATIONS_DIR, `${await nextTimestamp()}_${name}`);
await mkdir(folder);
const file = path.join(folder, "migration.sql");
await writeFile(file, `${sql}\n`);
console.log(`created ${file}`);
console.log(
  "Review it before committing. Hand-written SQL Prisma cannot express (triggers, CHECK constraints, partial\n" +
    "indexes, extensions) may be appended at the end of the file. Apply it with `npm run db:migrate`.",
);
