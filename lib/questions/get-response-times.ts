import { db } from "../db";

/** Fewer answered questions than this in the window, and a specialty shows no figure: a median of two is noise. */
export const RESPONSE_TIME_MIN_QUESTIONS = 3;
export const RESPONSE_TIME_WINDOW_DAYS = 30;

export type ResponseTime = { specialtyId: number; medianMinutes: number; answeredQuestions: number };

/**
 * "Neurologists usually answer within 2 hours": per specialty, the median time from a question being asked to its
 * first visible answer by a doctor, over questions whose first answer came in the last 30 days. Computed in SQL
 * (percentile_cont); specialties with too few answered questions are left out.
 */
export async function getResponseTimes({ now = new Date() }: { now?: Date } = {}): Promise<ResponseTime[]> {
  const since = new Date(now.getTime() - RESPONSE_TIME_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db().$queryRaw<{ specialtyId: number; medianMinutes: number; answeredQuestions: bigint }[]>`
    WITH first_answer AS (
      SELECT q.id, q."specialtyId", q."createdAt" AS asked, min(m."createdAt") AS answered
        FROM "Question" q
        JOIN "ThreadMessage" m ON m."questionId" = q.id
        JOIN "User" u ON u.id = m."authorId"
       WHERE m.kind = 'ANSWER' AND m."hiddenAt" IS NULL AND m."deletedAt" IS NULL AND u.role = 'DOCTOR'
         AND q."deletedAt" IS NULL AND q."hiddenAt" IS NULL
       GROUP BY q.id
    )
    SELECT "specialtyId",
           percentile_cont(0.5) WITHIN GROUP (
             ORDER BY greatest(0, extract(epoch FROM (answered - asked)) / 60)
           )::float8 AS "medianMinutes",
           count(*) AS "answeredQuestions"
      FROM first_answer
     WHERE answered >= ${since} AND answered <= ${now}
     GROUP BY "specialtyId"
    HAVING count(*) >= ${RESPONSE_TIME_MIN_QUESTIONS}
     ORDER BY "specialtyId"`;
  return rows.map((row) => ({
    specialtyId: row.specialtyId,
    medianMinutes: Math.round(row.medianMinutes * 10) / 10,
    answeredQuestions: Number(row.answeredQuestions),
  }));
}

/** A median over 30 days moves slowly: the ask page reads it at most this often per process. */
export const RESPONSE_TIMES_REFRESH_MS = 5 * 60 * 1000;

let recent: { computedAt: number; figures: Promise<ResponseTime[]> } | undefined;

/**
 * getResponseTimes for the ask page, computed at most every 5 minutes per process: the query aggregates every
 * answered question, which need not happen on each page view. A failed computation is not kept.
 */
export function getRecentResponseTimes({ now = new Date() }: { now?: Date } = {}): Promise<ResponseTime[]> {
  const fresh =
    recent && now.getTime() - recent.computedAt < RESPONSE_TIMES_REFRESH_MS && now.getTime() >= recent.computedAt;
  if (!recent || !fresh) {
    const figures = getResponseTimes({ now });
    const entry = { computedAt: now.getTime(), figures };
    recent = entry;
    figures.catch(() => {
      if (recent === entry) recent = undefined;
    });
  }
  return recent.figures;
}

/** "30 minutes", "2 hours", "2 days": rounded up, as a promise patients can rely on. */
export function formatResponseTime(minutes: number): string {
  if (minutes < 60) {
    const rounded = Math.max(5, Math.ceil(minutes / 5) * 5);
    return rounded >= 60 ? "1 hour" : `${rounded} minutes`;
  }
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return hours === 1 ? "1 hour" : `${hours} hours`;
  return `${Math.ceil(hours / 24)} days`;
}
