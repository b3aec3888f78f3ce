import { db } from "../db";

export type Health = { ok: boolean; database: "up" | "down"; migrations: number };

/** For load balancers and the test harness: is the database reachable and migrated? */
export async function checkHealth(): Promise<Health> {
  try {
    const [row] = await db().$queryRaw<
      { count: number }[]
    >`select count(*)::int as count from "_prisma_migrations" where finished_at is not null`;
    return { ok: true, database: "up", migrations: row?.count ?? 0 };
  } catch (error) {
    console.error("health check: database unreachable", error);
    return { ok: false, database: "down", migrations: 0 };
  }
}
