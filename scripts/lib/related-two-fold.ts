// How well the related-questions weights generalise (`npm run eval:related -- <csv> --two-fold`): the weights are
// chosen on doctors 1–3 and measured on doctors 4–5, then the reverse, with the scoring code of the background job
// (score-related.ts) applied to every pair of questions of the file — no candidate cut, no list of 20.
import {
  cosine,
  DEFAULT_WEIGHTS,
  lexicalSimilarity,
  relatedScore,
  type ScoreWeights,
  termBag,
} from "../../lib/search/score-related";
import { textTerms } from "../../lib/search/text-terms";

export type TwoFoldQuery = { doctor: string; query: number; paraphrase: number; lookAlike: number };
type Metrics = { recallAt5: number; mrr: number; pairwise: number };

const FOLDS: [string[], string[]] = [
  ["1", "2", "3"],
  ["4", "5"],
];

function grid(): ScoreWeights[] {
  const weights: ScoreWeights[] = [];
  for (const lexical of [0.3, 0.45, 0.6])
    for (const intent of [1, 2]) for (const b of [0.3, 0.75]) weights.push({ ...DEFAULT_WEIGHTS, lexical, intent, b });
  return weights;
}

/** Lines to print: the defaults on each fold, and each fold measured with the weights chosen on the other. */
export function twoFold(texts: string[], vectors: Float32Array[], queries: TwoFoldQuery[]): string[] {
  const bags = texts.map((text) => termBag(textTerms(text)));
  const frequency = new Map<string, number>();
  for (const bag of bags) for (const term of bag.counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const stats = {
    documentCount: texts.length,
    averageLength: bags.reduce((sum, bag) => sum + bag.length, 0) / texts.length,
    documentFrequency: (term: string) => frequency.get(term) ?? 0,
  };
  const cosines = new Map<number, Float32Array>();
  const cosinesOf = (query: number) => {
    let row = cosines.get(query);
    if (!row) {
      row = Float32Array.from(vectors, (vector) => cosine(vectors[query] as Float32Array, vector));
      cosines.set(query, row);
    }
    return row;
  };

  const evaluate = (weights: ScoreWeights, subset: TwoFoldQuery[]): Metrics => {
    let hits = 0;
    let reciprocal = 0;
    let ordered = 0;
    for (const { query, paraphrase, lookAlike } of subset) {
      const own = bags[query] as ReturnType<typeof termBag>;
      const row = cosinesOf(query);
      const score = (i: number) =>
        relatedScore(
          { cosine: row[i] as number, lexical: lexicalSimilarity(own, bags[i] as never, stats, weights) },
          weights,
        );
      const target = score(paraphrase);
      let rank = 1;
      for (let i = 0; i < texts.length; i++) if (i !== query && i !== paraphrase && score(i) > target) rank++;
      if (rank <= 5) hits++;
      reciprocal += 1 / rank;
      if (target > score(lookAlike)) ordered++;
    }
    const n = Math.max(subset.length, 1);
    return { recallAt5: hits / n, mrr: reciprocal / n, pairwise: ordered / n };
  };

  const format = (m: Metrics) =>
    `recall@5 ${m.recallAt5.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  pairwise ${m.pairwise.toFixed(3)}`;
  const weightsText = (w: ScoreWeights) => `lexical ${w.lexical}, intent ×${w.intent}, b ${w.b}`;
  const lines: string[] = [];
  const heldOut: { metrics: Metrics; n: number }[] = [];
  for (const [tuneOn, measureOn] of [FOLDS, [FOLDS[1], FOLDS[0]]] as [string[], string[]][]) {
    const tuning = queries.filter((q) => tuneOn.includes(q.doctor));
    const testing = queries.filter((q) => measureOn.includes(q.doctor));
    const candidates = grid().map((weights) => ({ weights, metrics: evaluate(weights, tuning) }));
    const best = candidates.reduce((a, b) =>
      b.metrics.recallAt5 + b.metrics.pairwise > a.metrics.recallAt5 + a.metrics.pairwise ? b : a,
    );
    const metrics = evaluate(best.weights, testing);
    heldOut.push({ metrics, n: testing.length });
    lines.push(
      `2-fold: tuned on doctors ${tuneOn.join(",")} (${weightsText(best.weights)}) → doctors ${measureOn.join(",")}: ${format(metrics)}`,
    );
  }
  const n = heldOut.reduce((sum, fold) => sum + fold.n, 0);
  const mean = (key: keyof Metrics) => heldOut.reduce((sum, fold) => sum + fold.metrics[key] * fold.n, 0) / n;
  lines.push(
    `2-fold held-out, all doctors: ${format({ recallAt5: mean("recallAt5"), mrr: mean("mrr"), pairwise: mean("pairwise") })}`,
  );
  lines.push(
    `default weights, every pair scored (${weightsText(DEFAULT_WEIGHTS)}): ${format(evaluate(DEFAULT_WEIGHTS, queries))}`,
  );
  return lines;
}
