// Stand-ins for the sentence model at benchmark sizes: embedding 100,000 texts with the model would take about 25
// minutes on 2 cores, so the bulk gets random unit vectors and pseudo-random related lists, stored exactly as the
// background job stores them (same table, model name and byte format). Shared by bench:related and npm run bench.
import type pg from "pg";
import { EMBEDDING_DIMENSIONS, EMBEDDING_MODEL, encodeVector, normalise } from "../../lib/search/embedding-model";
import { RELATED_LIST_SIZE } from "../../lib/search/update-related-lists";

/** Random unit vectors for the questions with ids first..last that exist and are not deleted. */
export async function storeRandomEmbeddings(pool: pg.Pool, first: number, last: number, random: () => number) {
  for (let from = first; from <= last; from += 1000) {
    const ids = Array.from({ length: Math.min(1000, last - from + 1) }, (_, i) => from + i);
    const vectors = ids.map(() =>
      Buffer.from(encodeVector(normalise(Float32Array.from({ length: EMBEDDING_DIMENSIONS }, () => random() - 0.5)))),
    );
    await pool.query(
      `INSERT INTO "QuestionEmbedding" ("questionId", "model", "vector")
      SELECT q, $3, v FROM unnest($1::int[], $2::bytea[]) AS x(q, v)
      WHERE EXISTS (SELECT 1 FROM "Question" WHERE "id" = q AND "deletedAt" IS NULL)`,
      [ids, vectors, EMBEDDING_MODEL],
    );
  }
}

/** Every embedded question's related list: RELATED_LIST_SIZE pseudo-random neighbours among ids 1..maxId. */
export async function storePseudoRelatedLists(pool: pg.Pool, maxId: number) {
  await pool.query(
    `INSERT INTO "RelatedQuestion" ("questionId", "relatedId", "score")
    SELECT e."questionId", 1 + ((e."questionId"::bigint * 2654435761 + k * 40503) % $1)::int, 0.9 - k * 0.02
    FROM "QuestionEmbedding" e CROSS JOIN generate_series(1, $2) k
    WHERE 1 + ((e."questionId"::bigint * 2654435761 + k * 40503) % $1)::int <> e."questionId"
    ON CONFLICT DO NOTHING`,
    [maxId, RELATED_LIST_SIZE],
  );
}
