// Writes a newly embedded question's list of similar questions, and puts the question into the lists of the
// questions it is similar to when it beats their weakest entry, so older lists stay fresh without a rebuild.
import type { Tx } from "../db";
import { decodeVector, questionText } from "./embedding-model";
import { corpusStats, nearestQuestions, type RelatedCorpus } from "./related-corpus";
import { cosine, DEFAULT_WEIGHTS, lexicalSimilarity, relatedScore, termBag } from "./score-related";
import { anyOf, expandedTerms, QUESTION_DOCUMENT, QUESTION_VISIBLE } from "./search-sql";
import { textTerms } from "./text-terms";

/** Entries kept per question: the page shows 6; the rest stand in for ones hidden after the list was computed. */
export const RELATED_LIST_SIZE = 20;
/** Candidates taken from each source (nearest vectors, shared rare words or synonyms) before exact scoring. */
const CANDIDATES = 100;
/** A word in more than this share of questions says little about a topic; it does not find candidates. */
const COMMON_WORD_SHARE = 0.05;
const RARE_WORDS = 10;

export type EmbeddedQuestion = { id: number; text: string; vector: Float32Array };

/** Rare words of the text and the synonyms of its medical phrases, to find questions sharing them. */
function candidateTerms(text: string, corpus: RelatedCorpus): string[] {
  const stats = corpusStats(corpus);
  // A phrase is searched with all its words, so it is as rare as its rarest word.
  const share = (term: string) =>
    Math.min(
      1,
      ...textTerms(term)
        .filter((t) => !/^[~?]/.test(t))
        .map((stem) => stats.documentFrequency(stem) / stats.documentCount),
    );
  const terms = expandedTerms(text)
    .map((term) => ({ term, share: share(term) }))
    .filter(({ share: s }) => s > 0 && s <= COMMON_WORD_SHARE)
    .sort((a, b) => a.share - b.share);
  return terms.slice(0, RARE_WORDS).map(({ term }) => term);
}

async function lexicalCandidates(tx: Tx, question: EmbeddedQuestion, corpus: RelatedCorpus): Promise<number[]> {
  const terms = candidateTerms(question.text, corpus);
  if (terms.length === 0) return [];
  // Newest first rather than ranked: ranking every match would recompute each one's tsvector; exact scoring follows.
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT q."id" FROM "Question" q
    WHERE ${QUESTION_DOCUMENT} @@ ${anyOf(terms, "plainto_tsquery")} AND ${QUESTION_VISIBLE} AND q."id" <> ${question.id}
    ORDER BY q."id" DESC LIMIT ${CANDIDATES}`;
  return rows.map((row) => row.id);
}

/** `score`: the candidate in the question's list; `reverse`: the question in the candidate's list. */
type Scored = { id: number; score: number; reverse: number };

async function scoreCandidates(
  tx: Tx,
  question: EmbeddedQuestion,
  candidateIds: number[],
  corpus: RelatedCorpus,
): Promise<Scored[]> {
  if (candidateIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: number; title: string; body: string; vector: Uint8Array | null }[]>`
    SELECT q."id", q."title", q."body", e."vector"
    FROM "Question" q LEFT JOIN "QuestionEmbedding" e ON e."questionId" = q."id"
    WHERE q."id" = ANY(${candidateIds}::int[]) AND ${QUESTION_VISIBLE}`;
  const stats = corpusStats(corpus);
  const own = termBag(textTerms(question.text));
  return rows.map((row) => {
    const other = termBag(textTerms(questionText(row.title, row.body)));
    const similarity = row.vector ? cosine(question.vector, decodeVector(row.vector)) : null;
    return {
      id: row.id,
      score: relatedScore({ cosine: similarity, lexical: lexicalSimilarity(own, other, stats, DEFAULT_WEIGHTS) }),
      reverse: relatedScore({ cosine: similarity, lexical: lexicalSimilarity(other, own, stats, DEFAULT_WEIGHTS) }),
    };
  });
}

/** Returns the neighbours whose lists the question joined. */
async function insertIntoNeighbourLists(tx: Tx, questionId: number, scored: Scored[], now: Date): Promise<number[]> {
  if (scored.length === 0) return [];
  const ids = scored.map((s) => s.id);
  // Joins a neighbour's list when the list has room or the newcomer beats its weakest entry; the list is then trimmed.
  const joined = await tx.$queryRaw<{ questionId: number }[]>`
    INSERT INTO "RelatedQuestion" ("questionId", "relatedId", "score", "computedAt")
    SELECT c."id", ${questionId}, c."score", ${now}
    FROM unnest(${ids}::int[], ${scored.map((s) => s.reverse)}::float8[]) AS c("id", "score")
    LEFT JOIN LATERAL (
      SELECT count(*) AS n, min(r."score") AS weakest FROM "RelatedQuestion" r WHERE r."questionId" = c."id"
    ) l ON true
    WHERE l.n < ${RELATED_LIST_SIZE} OR c."score" > l.weakest
    ON CONFLICT ("questionId", "relatedId") DO UPDATE SET "score" = EXCLUDED."score", "computedAt" = EXCLUDED."computedAt"
    RETURNING "questionId"`;
  await tx.$executeRaw`
    DELETE FROM "RelatedQuestion" r USING (
      SELECT "questionId", "relatedId",
        row_number() OVER (PARTITION BY "questionId" ORDER BY "score" DESC, "relatedId" DESC) AS position
      FROM "RelatedQuestion" WHERE "questionId" = ANY(${ids}::int[])
    ) ranked
    WHERE r."questionId" = ranked."questionId" AND r."relatedId" = ranked."relatedId"
      AND ranked.position > ${RELATED_LIST_SIZE}`;
  return joined.map((row) => row.questionId);
}

/**
 * Recomputes the list of each question (already added to the corpus) and offers it to its neighbours' lists.
 * Returns the questions whose lists changed: their pages show the new lists.
 */
export async function updateRelatedLists(
  tx: Tx,
  corpus: RelatedCorpus,
  questions: EmbeddedQuestion[],
  now: Date,
): Promise<number[]> {
  const changed = new Set<number>();
  for (const question of questions) {
    const nearest = nearestQuestions(corpus, question.vector, CANDIDATES, question.id).map((n) => n.id);
    const lexical = await lexicalCandidates(tx, question, corpus);
    const scored = await scoreCandidates(tx, question, [...new Set([...nearest, ...lexical])], corpus);
    scored.sort((a, b) => b.score - a.score || b.id - a.id);
    const top = scored.slice(0, RELATED_LIST_SIZE);

    await tx.relatedQuestion.deleteMany({ where: { questionId: question.id } });
    if (top.length > 0) {
      await tx.relatedQuestion.createMany({
        data: top.map((s) => ({ questionId: question.id, relatedId: s.id, score: s.score, computedAt: now })),
      });
    }
    changed.add(question.id);
    for (const neighbourId of await insertIntoNeighbourLists(tx, question.id, scored, now)) changed.add(neighbourId);
  }
  return [...changed];
}
