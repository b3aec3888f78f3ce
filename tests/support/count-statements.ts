// Counts the SQL statements this process sends to Postgres, at the pg driver under Prisma's adapter: every query,
// Prisma's or raw, inside a transaction or not (BEGIN and COMMIT included), goes through pg.Client#query.
import pg from "pg";

export type StatementLog = { statements: string[]; writes: () => string[]; stop: () => void };

const WRITE = /^\s*(?:WITH\b[\s\S]*?\b)?(INSERT|UPDATE|DELETE|MERGE|TRUNCATE)\b/i;

export function recordStatements(): StatementLog {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this wrapper passes them all through.
  pg.Client.prototype.query = function (this: pg.Client, config: any, ...rest: any[]) {
    statements.push(typeof config === "string" ? config : String(config?.text ?? ""));
    return (original as (...args: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof original;
  return {
    statements,
    writes: () => statements.filter((sql) => WRITE.test(sql) || /\b(INSERT INTO|DELETE FROM|UPDATE\s+")/i.test(sql)),
    stop: () => {
      pg.Client.prototype.query = original;
    },
  };
}
