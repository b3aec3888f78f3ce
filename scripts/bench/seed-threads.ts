// The bulk of the public threads: questions in chunks, then their answers and replies, with the schema's rules kept
// in the data itself (one answer per doctor per question, replies under an answer of the same question, addressed to
// the other party; answerCount and lastActivityAt computed from the messages written).
import type pg from "pg";
import type { textGenerator } from "../lib/synthetic-questions";

/** Questions with exactly COLD_MESSAGES messages, like the story: the cold page run asks for a different one each time. */
export const COLD_MESSAGES = 25;
export const QUESTION_CHUNK = 2000;

/**
 * Messages per bulk question: the first COLD questions get exactly COLD_MESSAGES, the others a spread around the
 * mean, adjusted one by one until the total is exactly `total`.
 */
export function messageCounts(questions: number, total: number, random: () => number): Uint8Array {
  const cold = coldQuestionCount(questions);
  const counts = new Uint8Array(questions);
  counts.fill(COLD_MESSAGES, 0, cold);
  const rest = questions - cold;
  const mean = (total - cold * COLD_MESSAGES) / rest;
  const max = Math.min(60, Math.ceil(mean * 2));
  let sum = cold * COLD_MESSAGES;
  for (let i = cold; i < questions; i++) {
    counts[i] = random() < 0.15 ? 0 : Math.round(random() * max);
    sum += counts[i] as number;
  }
  for (let guard = 0; sum !== total && guard < 10_000_000; guard++) {
    const i = cold + Math.floor(random() * rest);
    const value = counts[i] as number;
    if (sum < total && value < max) {
      counts[i] = value + 1;
      sum++;
    } else if (sum > total && value > 0) {
      counts[i] = value - 1;
      sum--;
    }
  }
  return counts;
}

export const coldQuestionCount = (bulkQuestions: number) => Math.min(5000, Math.floor(bulkQuestions / 20));

export type Doctor = { id: string; specialty: number };
type Chunk = {
  doctors: Doctor[];
  patientCount: number;
  from: number;
  n: number;
  counts: Uint8Array;
  random: () => number;
  text: ReturnType<typeof textGenerator>;
};

const ANSWERS_BY_SIZE = (m: number, random: () => number) =>
  m === 0 ? 0 : m === COLD_MESSAGES ? 6 : Math.min(m, 1 + Math.floor(random() * Math.min(8, m)));

export async function insertQuestionChunk(pool: pg.Pool, chunk: Chunk): Promise<number> {
  const { from, n, counts, random, text, doctors: ids, patientCount: patients } = chunk;
  const specialties = [...new Set(ids.map((row) => row.specialty))];
  const minute = 60_000;
  const rows = Array.from({ length: n }, (_, i) => {
    const index = from + i;
    const m = counts[index] as number;
    const createdAt = Date.UTC(2023, 0, 1) + index * 5 * minute;
    const isCold = m === COLD_MESSAGES && index < coldQuestionCount(counts.length);
    return {
      m,
      answers: ANSWERS_BY_SIZE(m, random),
      authorId: `bp${1 + Math.floor(random() * patients)}`,
      specialtyId: specialties[Math.floor(random() * specialties.length)] as number,
      title: text.title(),
      body: text.body(),
      closed: !isCold && random() < 0.08,
      hidden: !isCold && random() < 0.005,
      createdAt,
      lastActivityAt: createdAt + m * 17 * minute,
      firstDoctor: Math.floor(random() * ids.length),
    };
  });
  const { rows: inserted } = await pool.query<{ id: number }>(
    `INSERT INTO "Question" ("authorId", "specialtyId", "title", "body", "shownName", "shownCity", "status",
      "closedAt", "answerCount", "viewCount", "hiddenAt", "hiddenReason", "createdAt", "lastActivityAt", "updatedAt")
    SELECT a, s, t, b, 'Anna', 'Riga', (CASE WHEN cl THEN 'CLOSED' ELSE 'OPEN' END)::"QuestionStatus",
      CASE WHEN cl THEN la END, c, c * 37, CASE WHEN h THEN la END, CASE WHEN h THEN 'Spam' END, at, la, la
    FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::bool[], $7::bool[], $8::timestamp[],
      $9::timestamp[]) WITH ORDINALITY AS x(a, s, t, b, c, cl, h, at, la, o)
    ORDER BY o RETURNING "id"`,
    [
      rows.map((r) => r.authorId),
      rows.map((r) => r.specialtyId),
      rows.map((r) => r.title),
      rows.map((r) => r.body),
      rows.map((r) => r.answers),
      rows.map((r) => r.closed),
      rows.map((r) => r.hidden),
      rows.map((r) => new Date(r.createdAt)),
      rows.map((r) => new Date(r.lastActivityAt)),
    ],
  );
  const messages: {
    id: string;
    q: number;
    kind: string;
    parent: string | null;
    author: string;
    to: string | null;
    body: string;
    outside: boolean;
    at: Date;
  }[] = [];
  inserted.forEach(({ id: questionId }, i) => {
    const row = rows[i];
    if (!row) return;
    // Distinct doctors for one question (one answer per doctor per question).
    const doctors = Array.from({ length: row.answers }, (_, k) => ids[(row.firstDoctor + k) % ids.length] as Doctor);
    for (let k = 0; k < row.m; k++) {
      const at = new Date(row.createdAt + (k + 1) * 17 * 60_000);
      const answer = k < row.answers;
      const parent = answer ? null : k % row.answers;
      const doctor = doctors[answer ? k : (parent as number)] as Doctor;
      const byAsker = !answer && k % 2 === 0;
      messages.push({
        id: `b${questionId}-${k}`,
        q: questionId,
        kind: answer ? "ANSWER" : "REPLY",
        parent: answer ? null : `b${questionId}-${parent}`,
        author: byAsker ? row.authorId : doctor.id,
        to: answer ? null : byAsker ? doctor.id : row.authorId,
        body: answer ? text.answer() : text.body(),
        outside: answer && doctor.specialty !== row.specialtyId,
        at,
      });
    }
  });
  for (let offset = 0; offset < messages.length; offset += 10_000) {
    const part = messages.slice(offset, offset + 10_000);
    await pool.query(
      `INSERT INTO "ThreadMessage" ("id", "questionId", "kind", "parentId", "authorId", "addresseeId", "body",
        "outsideSpecialty", "createdAt")
      SELECT i, q, k::"MessageKind", p, a, t, b, o, at
      FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[],
        $9::timestamp[]) WITH ORDINALITY AS x(i, q, k, p, a, t, b, o, at, n)
      ORDER BY n`,
      [
        part.map((m) => m.id),
        part.map((m) => m.q),
        part.map((m) => m.kind),
        part.map((m) => m.parent),
        part.map((m) => m.author),
        part.map((m) => m.to),
        part.map((m) => m.body),
        part.map((m) => m.outside),
        part.map((m) => m.at),
      ],
    );
  }
  return messages.length;
}
