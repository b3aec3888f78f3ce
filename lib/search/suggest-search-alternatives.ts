// What to tell someone whose search found nothing: a respelt query when titles hold words close to theirs
// ("polysystic" → "polycystic", by trigram similarity through the title index), and which general advice applies.
import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import { contentWords } from "./text-terms";

export type SearchSuggestions = {
  /** The query with misspelt words replaced by words from question titles; null when no better spelling is known. */
  didYouMean: string | null;
  /** The query has several words: fewer words find more (every word must match). */
  fewerWords: boolean;
  /** A specialty or status filter is set: the same words may match without it. */
  withoutFilters: boolean;
};

const MIN_SIMILARITY = 0.4;
// pg_trgm's default (0.6) misses one wrong letter in a ten-letter word ("polysystic" ~ "polycystic" is 0.57).
const WORD_SIMILARITY_THRESHOLD = "0.45";

/** The most similar word in a visible title, or the word itself when a title contains it. */
async function closestTitleWord(word: string): Promise<string | null> {
  const client = db();
  const [, rows] = await client.$transaction([
    client.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    client.$queryRaw<{ word: string }[]>`
    SELECT w."word" FROM (
      SELECT DISTINCT regexp_split_to_table(lower(q."title"), '[^[:alnum:]]+') AS "word"
      FROM (
        SELECT q."title" FROM "Question" q
        WHERE ${word} <% q."title" AND q."hiddenAt" IS NULL AND q."deletedAt" IS NULL
        LIMIT 200
      ) q
    ) w
    WHERE similarity(w."word", ${word}) >= ${MIN_SIMILARITY}
    ORDER BY similarity(w."word", ${word}) DESC, w."word" LIMIT 1`,
  ]);
  return rows[0]?.word ?? null;
}

export async function suggestSearchAlternatives({
  query,
  filtered,
}: {
  viewer: Viewer;
  query: string;
  filtered: boolean;
}): Promise<SearchSuggestions> {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = new Set(contentWords(query));
  let changed = false;
  const respelt: string[] = [];
  for (const word of words.slice(0, 8)) {
    const closest = content.has(word) && word.length >= 4 ? await closestTitleWord(word) : null;
    if (closest && closest !== word) changed = true;
    respelt.push(closest ?? word);
  }
  return { didYouMean: changed ? respelt.join(" ") : null, fewerWords: content.size > 2, withoutFilters: filtered };
}
