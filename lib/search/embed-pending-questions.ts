// The background job behind "Similar questions on the topic": embeds questions that have no embedding yet (just
// asked, or edited) and recomputes the related lists they belong to. Run every few seconds by lib/jobs; never on a
// page view. One run at a time across all processes (a transaction-scoped advisory lock): the related lists are a
// shared structure that two writers would interleave, and one writer embeds 32 questions in about half a second,
// far more than people ask.
import { invalidatePages } from "../cache/invalidate-pages";
import { pageTags } from "../cache/page-tags";
import { db } from "../db";
import { databaseUrl } from "../env";
import { EMBEDDING_MODEL, embedTexts, encodeVector, questionText } from "./embedding-model";
import { addToCorpus, currentCorpus, forgetCorpus } from "./related-corpus";
import { textTerms } from "./text-terms";
import { updateRelatedLists } from "./update-related-lists";

// pg_advisory_xact_lock key: "rel" + "emb" in ASCII, unique among the app's advisory locks.
const LOCK_KEY = 0x72656c_656d62n;

export type EmbedPendingQuestionsOptions = {
  /** Questions embedded per run (one model call). */
  batchSize?: number;
  now?: Date;
};

export type EmbedPendingQuestionsResult = {
  /** Question ids embedded by this run, in id order. */
  embedded: number[];
  /** True when another run held the lock, so this one did nothing. */
  busy: boolean;
  /** Questions whose similar-question lists changed (the embedded ones and neighbours they joined). */
  changedLists: number[];
};

/** Embeds up to `batchSize` pending questions and updates related lists; returns what it did. */
export async function embedPendingQuestions({
  batchSize = 32,
  now = new Date(),
}: EmbedPendingQuestionsOptions = {}): Promise<EmbedPendingQuestionsResult> {
  const url = databaseUrl();
  try {
    const result = await db().$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<
          { locked: boolean }[]
        >`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}::bigint) AS locked`;
        if (!lock?.locked) return { embedded: [], busy: true, changedLists: [] };

        // Deleted questions are never shown again; hidden ones may be restored, so they are embedded too.
        const pending = await tx.$queryRaw<{ id: number; title: string; body: string }[]>`
          SELECT q."id", q."title", q."body" FROM "Question" q
          WHERE q."deletedAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "QuestionEmbedding" e WHERE e."questionId" = q."id")
          ORDER BY q."id" LIMIT ${batchSize}`;
        if (pending.length === 0) return { embedded: [], busy: false, changedLists: [] };

        const corpus = await currentCorpus(tx, url);
        const texts = pending.map((question) => questionText(question.title, question.body));
        const vectors = await embedTexts(texts);
        await tx.questionEmbedding.createMany({
          data: pending.map((question, i) => ({
            questionId: question.id,
            model: EMBEDDING_MODEL,
            vector: encodeVector(vectors[i] as Float32Array),
            createdAt: now,
          })),
        });
        const embedded = pending.map((question, i) => ({
          id: question.id,
          text: texts[i] as string,
          vector: vectors[i] as Float32Array,
        }));
        for (const question of embedded) addToCorpus(corpus, question.id, question.vector, textTerms(question.text));
        const changedLists = await updateRelatedLists(tx, corpus, embedded, now);
        return { embedded: embedded.map((question) => question.id), busy: false, changedLists };
      },
      // Embedding and scoring run inside the transaction that holds the lock; 32 questions take about a second.
      { timeout: 120_000, maxWait: 10_000 },
    );
    // The pages showing those lists, in every web process (this job runs in the worker).
    await invalidatePages(result.changedLists.map(pageTags.question));
    return result;
  } catch (error) {
    // The rows were rolled back but the in-memory corpus may hold them: rebuild it from Postgres next time.
    forgetCorpus();
    throw error;
  }
}
