// SQL fragments shared by the search use-cases. The expressions and predicates must match the migration's
// hand-written indexes character for character in meaning (20261126131650_related_questions_and_search), or Postgres
// cannot use the indexes and falls back to reading every row.
import { Prisma } from "../generated/prisma/client";
import { contentWords, matchPhrases, synonymIndex, tokenize } from "./text-terms";

/** A question's weighted document: title A, body B (GIN index "Question_search_document_idx"). */
export const QUESTION_DOCUMENT = Prisma.sql`(setweight(to_tsvector('english'::regconfig, q."title"), 'A') || setweight(to_tsvector('english'::regconfig, q."body"), 'B'))`;
/** The title alone, weighted as in QUESTION_DOCUMENT: cheap to compute for ranking (no index; titles are short). */
export const TITLE_DOCUMENT = Prisma.sql`setweight(to_tsvector('english'::regconfig, q."title"), 'A')`;
/** The predicate of every partial search index on Question. */
export const QUESTION_VISIBLE = Prisma.sql`q."hiddenAt" IS NULL AND q."deletedAt" IS NULL`;
/** An answer's or reply's document (GIN index "ThreadMessage_search_document_idx"). */
export const MESSAGE_DOCUMENT = Prisma.sql`to_tsvector('english'::regconfig, m."body")`;
export const MESSAGE_VISIBLE = Prisma.sql`m."hiddenAt" IS NULL AND m."deletedAt" IS NULL`;

const MAX_ALTERNATIVES = 12;

/**
 * The ways of saying what the text says, for an OR query: the text itself, and the text with each medical phrase
 * replaced by each of its synonyms ("high blood pressure diet" → "hypertension diet", "htn diet", …).
 */
export function queryAlternatives(text: string): string[] {
  const tokens = tokenize(text);
  const index = synonymIndex();
  const alternatives = [text];
  for (const match of matchPhrases(tokens, index)) {
    const before = tokens.slice(0, match.start).map((token) => token.raw);
    const after = tokens.slice(match.start + match.length).map((token) => token.raw);
    // Only the concept itself is substituted, not broader ones: "sertraline" is not any antidepressant.
    for (const synonym of index.termsByConcept.get(match.concepts[0] ?? "") ?? []) {
      const replaced = [...before, synonym, ...after].join(" ");
      if (alternatives.length >= MAX_ALTERNATIVES) return alternatives;
      if (!alternatives.includes(replaced)) alternatives.push(replaced);
    }
  }
  return alternatives;
}

/** The text's content words and every synonym of the medical phrases in it, for an OR query. */
export function expandedTerms(text: string): string[] {
  const tokens = tokenize(text);
  const index = synonymIndex();
  const synonyms = matchPhrases(tokens, index).flatMap(
    (match) => index.termsByConcept.get(match.concepts[0] ?? "") ?? [],
  );
  return [...new Set([...contentWords(text), ...synonyms.map((term) => term.toLowerCase())])];
}

/**
 * A tsquery (SQL expression) matching any of `phrases`, each parsed by `parser`: websearch_to_tsquery for what a
 * person typed into search, plainto_tsquery (all words, no phrase operators, so the GIN index needs no recheck) for
 * terms. Phrases made only of stopwords drop out.
 */
export function anyOf(phrases: readonly string[], parser: "websearch_to_tsquery" | "plainto_tsquery"): Prisma.Sql {
  const fn = Prisma.raw(parser);
  return Prisma.sql`(SELECT coalesce(string_agg('(' || ${fn}('english'::regconfig, p)::text || ')', ' | '), '')::tsquery
    FROM unnest(${phrases as string[]}::text[]) AS p WHERE numnode(${fn}('english'::regconfig, p)) > 0)`;
}
