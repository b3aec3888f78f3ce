// The pure parts of related questions and search: stemming, terms and synonyms, BM25, trigrams, scores, snippets.
import { describe, expect, it } from "vitest";
import { decodeVector, encodeVector, normalise, questionText } from "../../lib/search/embedding-model";
import { highlightSegments } from "../../lib/search/highlight-segments";
import {
  bm25,
  type CorpusStats,
  DEFAULT_WEIGHTS,
  lexicalSimilarity,
  relatedScore,
  termBag,
  trigramSimilarity,
} from "../../lib/search/score-related";
import { expandedTerms, queryAlternatives } from "../../lib/search/search-sql";
import { stemWord } from "../../lib/search/stem-word";
import { buildSynonymIndex, contentWords, findConcepts, textTerms, tokenize } from "../../lib/search/text-terms";

describe("stemWord (Porter)", () => {
  it.each([
    ["headaches", "headach"],
    ["headache", "headach"],
    ["caresses", "caress"],
    ["ponies", "poni"],
    ["hopping", "hop"],
    ["hoping", "hope"],
    ["relational", "relat"],
    ["conditional", "condit"],
    ["vomiting", "vomit"],
    ["generalization", "gener"],
    ["bp", "bp"],
    ["12", "12"],
  ])("%s → %s", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe("terms and synonyms", () => {
  it("drops stopwords but keeps the words that change a question", () => {
    expect(contentWords("How can I prevent the pain before surgery?")).toEqual([
      "how",
      "can",
      "prevent",
      "pain",
      "before",
      "surgery",
    ]);
  });

  it("meets lay words, clinical words and abbreviations on one concept", () => {
    const concepts = (text: string) => findConcepts(tokenize(text));
    expect(concepts("My BP is too high")).toContain("~blood_pressur");
    expect(concepts("I have high blood pressure")).toContain("~hypertens");
    expect(concepts("diagnosed with hypertension")).toContain("~hypertens");
    // A broader concept comes with the narrower one: a brand names its generic and its class.
    expect(concepts("Is Zoloft safe?")).toEqual(expect.arrayContaining(["~sertralin", "~antidepress"]));
  });

  it("matches capitals-only abbreviations in capitals only", () => {
    expect(findConcepts(tokenize("Could this be MS?"))).toContain("~multipl_sclerosi");
    expect(findConcepts(tokenize("it lasted 5 ms"))).not.toContain("~multipl_sclerosi");
  });

  it("prefers the longest phrase where phrases overlap", () => {
    const index = buildSynonymIndex([{ text: "blood | haem\nblood pressure | bp", prefix: "~" }]);
    expect(findConcepts(tokenize("my blood pressure"), index)).toEqual(["~blood_pressur"]);
  });

  it("adds question intents as terms of their own", () => {
    expect(textTerms("How long does a cold last?")).toContain("?durat");
    expect(textTerms("How do I treat a cold?")).toContain("?treat");
  });

  it("substitutes synonyms into a query, and lists them for OR queries", () => {
    const alternatives = queryAlternatives("high blood pressure diet");
    expect(alternatives[0]).toBe("high blood pressure diet");
    expect(alternatives).toContain("hypertension diet");
    expect(expandedTerms("Intuniv dose")).toEqual(expect.arrayContaining(["intuniv", "guanfacine"]));
  });
});

describe("lexical score", () => {
  const docs = [
    "palpitations at night",
    "knee pain after running",
    "knee pain when climbing stairs",
    "rash on the arm",
    "blood pressure readings",
  ].map((text) => termBag(textTerms(text)));
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const stats: CorpusStats = {
    documentCount: docs.length,
    averageLength: docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length,
    documentFrequency: (term) => df.get(term) ?? 0,
  };

  it("is 1 for a text against itself and ranks the closer text higher", () => {
    const query = termBag(textTerms("knee pain after a run"));
    expect(lexicalSimilarity(query, query, stats, DEFAULT_WEIGHTS)).toBeCloseTo(1);
    const running = lexicalSimilarity(query, docs[1] as never, stats, DEFAULT_WEIGHTS);
    const stairs = lexicalSimilarity(query, docs[2] as never, stats, DEFAULT_WEIGHTS);
    expect(running).toBeGreaterThan(stairs);
    expect(lexicalSimilarity(query, docs[3] as never, stats, DEFAULT_WEIGHTS)).toBe(0);
  });

  it("finds a synonym with no shared word", () => {
    expect(bm25(termBag(textTerms("What is a normal BP?")), docs[4] as never, stats, DEFAULT_WEIGHTS)).toBeGreaterThan(
      0,
    );
  });

  it("gives part of the credit to a misspelt word", () => {
    const misspelt = termBag(textTerms("polysystic ovaries"));
    const document = termBag(textTerms("polycystic"));
    const fuzzy = bm25(misspelt, document, stats, DEFAULT_WEIGHTS);
    expect(fuzzy).toBeGreaterThan(0);
    expect(bm25(misspelt, document, stats, { ...DEFAULT_WEIGHTS, fuzzy: 0 })).toBe(0);
    expect(trigramSimilarity("polysyst", "polycyst")).toBeGreaterThan(0.4);
    expect(trigramSimilarity("knee", "knee")).toBe(1);
  });

  it("adds the weighted lexical score to the cosine, or to nothing without an embedding", () => {
    expect(relatedScore({ cosine: 0.5, lexical: 1 })).toBeCloseTo(0.5 + DEFAULT_WEIGHTS.lexical);
    expect(relatedScore({ cosine: null, lexical: 1 })).toBeCloseTo(DEFAULT_WEIGHTS.lexical);
  });
});

describe("vectors", () => {
  it("round-trips Float32 little-endian bytes", () => {
    const vector = normalise(Float32Array.from([3, 4, 0]));
    expect([...vector]).toEqual([expect.closeTo(0.6), expect.closeTo(0.8), 0]);
    const bytes = encodeVector(vector);
    expect(bytes.byteLength).toBe(12);
    expect([...decodeVector(bytes)]).toEqual([...vector]);
  });

  it("reads a question as its title and body", () => {
    expect(questionText(" Knee pain ", "")).toBe("Knee pain");
    expect(questionText("Knee pain", "After running.")).toBe("Knee pain\nAfter running.");
  });
});

describe("highlightSegments", () => {
  it("turns ts_headline's markers into plain segments", () => {
    expect(highlightSegments("Pain in the \u0002knee\u0003 after \u0002running\u0003")).toEqual([
      { text: "Pain in the ", highlighted: false },
      { text: "knee", highlighted: true },
      { text: " after ", highlighted: false },
      { text: "running", highlighted: true },
    ]);
  });

  it("merges adjacent highlights and keeps markup as text", () => {
    expect(highlightSegments("\u0002high\u0003\u0002 blood\u0003 <b>x</b>")).toEqual([
      { text: "high blood", highlighted: true },
      { text: " <b>x</b>", highlighted: false },
    ]);
  });
});
