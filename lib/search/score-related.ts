// How similar two questions are: the cosine of their sentence embeddings (meaning, even with no word in common) plus
// a lexical score — BM25 over stemmed words and medical concepts (text-terms.ts), with misspelt words matched by
// trigram similarity — which the embedding model, trained on general English, cannot supply for "PCOS" or "Intuniv".
// Pure: the background job and the evaluation feed it; unit tests pin it down.

export type TermBag = { counts: Map<string, number>; length: number };

export type CorpusStats = {
  documentCount: number;
  averageLength: number;
  documentFrequency: (term: string) => number;
};

export type ScoreWeights = {
  /** Weight of the lexical score (0…1, 1 for a text against itself) next to the cosine (−1…1). */
  lexical: number;
  /** Credit for a misspelt word (trigram similarity ≥ fuzzyThreshold), as a share of an exact match. */
  fuzzy: number;
  fuzzyThreshold: number;
  /** Only words this rare look for misspelt twins: a misspelling is rare, and comparing every word is slow. */
  fuzzyMaxDocumentFrequency: number;
  /** Multiplies the IDF of question-intent terms ("?treat", "?duration"): what is asked, not only the topic. */
  intent: number;
  /** Multiplies the IDF of medical-concept terms ("~hypertension"). */
  concept: number;
  /** BM25's term-frequency saturation and length normalisation. */
  k1: number;
  b: number;
};

/** Tuned on the doctor-labelled dev pairs with 2-fold cross-validation by doctor (README, "Related questions"). */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  lexical: 0.45,
  fuzzy: 0.5,
  fuzzyThreshold: 0.45,
  fuzzyMaxDocumentFrequency: 5,
  intent: 2,
  concept: 1,
  k1: 0.9,
  b: 0.3,
};

export function termBag(terms: readonly string[]): TermBag {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: terms.length };
}

/** Robertson–Spärck Jones IDF, floored at a small positive value so that a word in every document still counts a bit. */
export function inverseDocumentFrequency(term: string, stats: CorpusStats): number {
  const df = Math.min(stats.documentFrequency(term), stats.documentCount);
  return Math.max(0.01, Math.log(1 + (stats.documentCount - df + 0.5) / (df + 0.5)));
}

const trigramCache = new Map<string, Set<string>>();
/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
export function trigrams(word: string): Set<string> {
  let set = trigramCache.get(word);
  if (!set) {
    const padded = `  ${word} `;
    set = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
    if (trigramCache.size > 200_000) trigramCache.clear();
    trigramCache.set(word, set);
  }
  return set;
}

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both words. */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const trigram of x) if (y.has(trigram)) shared++;
  return shared / (x.size + y.size - shared);
}

function termWeight(tf: number, documentLength: number, stats: CorpusStats, weights: ScoreWeights): number {
  const norm = 1 - weights.b + (weights.b * documentLength) / Math.max(stats.averageLength, 1);
  return (tf * (weights.k1 + 1)) / (tf + weights.k1 * norm);
}

/**
 * BM25 of `document` for the terms of `query`. A query word the document lacks may still match a document word
 * that looks like a misspelling of it ("polysystic" ~ "polycystic"), for a share of the credit.
 */
export function bm25(query: TermBag, document: TermBag, stats: CorpusStats, weights: ScoreWeights): number {
  let score = 0;
  for (const term of query.counts.keys()) {
    const boost = term.startsWith("?") ? weights.intent : term.startsWith("~") ? weights.concept : 1;
    const idf = boost * inverseDocumentFrequency(term, stats);
    const tf = document.counts.get(term);
    if (tf) {
      score += idf * termWeight(tf, document.length, stats, weights);
      continue;
    }
    if (weights.fuzzy <= 0 || boost !== 1 || term.length < 5) continue;
    if (stats.documentFrequency(term) > weights.fuzzyMaxDocumentFrequency) continue;
    let best = 0;
    for (const candidate of document.counts.keys()) {
      if (/^[~?]/.test(candidate) || Math.abs(candidate.length - term.length) > 3) continue;
      const similarity = trigramSimilarity(term, candidate);
      if (similarity >= weights.fuzzyThreshold && similarity > best) best = similarity;
    }
    if (best > 0) score += weights.fuzzy * best * idf * termWeight(1, document.length, stats, weights);
  }
  return score;
}

/** BM25 scaled by the query's score against itself: 1 for the same text, comparable across queries. */
export function lexicalSimilarity(
  query: TermBag,
  document: TermBag,
  stats: CorpusStats,
  weights: ScoreWeights,
): number {
  const self = bm25(query, query, stats, weights);
  return self > 0 ? bm25(query, document, stats, weights) / self : 0;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/**
 * The score stored in RelatedQuestion for `document` in the list of `query`. Not symmetric: the lexical part asks how
 * much of the query's vocabulary the document covers, which separates a paraphrase from a look-alike better than an
 * average of both directions (measured on the dev pairs). `cosine` is null when the document has no embedding yet.
 */
export function relatedScore(
  input: { cosine: number | null; lexical: number },
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): number {
  return (input.cosine ?? 0) + weights.lexical * input.lexical;
}
