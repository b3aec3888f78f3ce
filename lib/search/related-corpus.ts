// What the background job keeps in memory between runs: every embedded question's vector (quantised to int8: a
// quarter of the memory, 51 MB at 100,000 questions, and precise enough to pick candidates, which are then scored
// with the exact vectors from Postgres) and the document frequencies of the lexical terms. Loaded once per process
// and database, appended to as questions are embedded, reloaded when another process has embedded questions too.
import type { Tx } from "../db";
import { decodeVector, EMBEDDING_DIMENSIONS, EMBEDDING_MODEL, questionText } from "./embedding-model";
import type { CorpusStats } from "./score-related";
import { textTerms } from "./text-terms";

// Components of a unit vector in 512 dimensions stay well inside ±0.3; 400 maps that onto most of int8's range.
const SCALE = 400;
const PAGE = 2000;

export type RelatedCorpus = {
  databaseUrl: string;
  size: number;
  ids: Int32Array;
  vectors: Int8Array;
  slotOf: Map<number, number>;
  documentFrequency: Map<string, number>;
  documentCount: number;
  totalLength: number;
};

function emptyCorpus(databaseUrl: string): RelatedCorpus {
  return {
    databaseUrl,
    size: 0,
    ids: new Int32Array(1024),
    vectors: new Int8Array(1024 * EMBEDDING_DIMENSIONS),
    slotOf: new Map(),
    documentFrequency: new Map(),
    documentCount: 0,
    totalLength: 0,
  };
}

/** Adds (or, for a re-embedded question, replaces) a question's vector and counts its terms. */
export function addToCorpus(corpus: RelatedCorpus, id: number, vector: Float32Array, terms: readonly string[]): void {
  let slot = corpus.slotOf.get(id);
  if (slot === undefined) {
    slot = corpus.size++;
    if (slot >= corpus.ids.length) {
      const ids = new Int32Array(corpus.ids.length * 2);
      ids.set(corpus.ids);
      const vectors = new Int8Array(ids.length * EMBEDDING_DIMENSIONS);
      vectors.set(corpus.vectors);
      corpus.ids = ids;
      corpus.vectors = vectors;
    }
    corpus.ids[slot] = id;
    corpus.slotOf.set(id, slot);
    // A re-embedded question's old terms stay counted: frequencies drift by one, which BM25 does not notice.
    corpus.documentCount++;
    corpus.totalLength += terms.length;
    for (const term of new Set(terms))
      corpus.documentFrequency.set(term, (corpus.documentFrequency.get(term) ?? 0) + 1);
  }
  const offset = slot * EMBEDDING_DIMENSIONS;
  for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) {
    corpus.vectors[offset + i] = Math.max(-127, Math.min(127, Math.round((vector[i] as number) * SCALE)));
  }
}

export function corpusStats(corpus: RelatedCorpus): CorpusStats {
  return {
    documentCount: Math.max(corpus.documentCount, 1),
    averageLength: corpus.documentCount > 0 ? corpus.totalLength / corpus.documentCount : 1,
    documentFrequency: (term) => corpus.documentFrequency.get(term) ?? 0,
  };
}

/** The `count` questions whose vectors are closest to `vector` (approximate cosine), best first. */
export function nearestQuestions(
  corpus: RelatedCorpus,
  vector: Float32Array,
  count: number,
  excludeId: number,
): { id: number; cosine: number }[] {
  const query = new Int16Array(EMBEDDING_DIMENSIONS);
  for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) query[i] = Math.round((vector[i] as number) * SCALE);
  // A bounded list kept sorted by insertion: count is small (≈100) next to the corpus.
  const best: { id: number; dot: number }[] = [];
  for (let slot = 0; slot < corpus.size; slot++) {
    const id = corpus.ids[slot] as number;
    if (id === excludeId) continue;
    const offset = slot * EMBEDDING_DIMENSIONS;
    let dot = 0;
    for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) dot += (query[i] as number) * (corpus.vectors[offset + i] as number);
    if (best.length === count && dot <= (best[count - 1] as { dot: number }).dot) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as { dot: number }).dot < dot) at--;
    best.splice(at, 0, { id, dot });
    if (best.length > count) best.pop();
  }
  return best.map(({ id, dot }) => ({ id, cosine: dot / (SCALE * SCALE) }));
}

async function embeddedCount(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "QuestionEmbedding" WHERE "model" = ${EMBEDDING_MODEL}`;
  return row?.count ?? 0;
}

async function loadCorpus(tx: Tx, databaseUrl: string): Promise<RelatedCorpus> {
  const corpus = emptyCorpus(databaseUrl);
  let after = 0;
  while (true) {
    const rows = await tx.$queryRaw<{ id: number; title: string; body: string; vector: Uint8Array }[]>`
      SELECT q."id", q."title", q."body", e."vector"
      FROM "QuestionEmbedding" e JOIN "Question" q ON q."id" = e."questionId"
      WHERE e."model" = ${EMBEDDING_MODEL} AND e."questionId" > ${after}
      ORDER BY e."questionId" LIMIT ${PAGE}`;
    for (const row of rows)
      addToCorpus(corpus, row.id, decodeVector(row.vector), textTerms(questionText(row.title, row.body)));
    if (rows.length < PAGE) return corpus;
    after = (rows[rows.length - 1] as { id: number }).id;
    // Tokenising is CPU work in the web server's process: let requests in between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const globalForCorpus = globalThis as unknown as { consiliumRelatedCorpus?: RelatedCorpus };

/**
 * The corpus for this database, loaded or reloaded when the number of stored vectors is not the number it holds
 * (another process embedded questions, or an earlier run failed after adding to it). Call with the job's lock held.
 */
export async function currentCorpus(tx: Tx, databaseUrl: string): Promise<RelatedCorpus> {
  const cached = globalForCorpus.consiliumRelatedCorpus;
  if (cached && cached.databaseUrl === databaseUrl && cached.size === (await embeddedCount(tx))) return cached;
  globalForCorpus.consiliumRelatedCorpus = await loadCorpus(tx, databaseUrl);
  return globalForCorpus.consiliumRelatedCorpus;
}

/** After a failed run: the next run reloads from Postgres rather than trust what was added in memory. */
export function forgetCorpus(): void {
  globalForCorpus.consiliumRelatedCorpus = undefined;
}
