// Turns a question's text into the terms the related-questions scoring compares: stemmed words without stopwords,
// plus one "~concept" term for every medical synonym, abbreviation or drug name found (medical-synonyms.ts), so that
// "BP" and "high blood pressure" and "hypertension" meet even when no word is shared.
import { MEDICAL_SYNONYMS } from "./medical-synonyms";
import { QUESTION_INTENTS } from "./question-intents";
import { stemWord } from "./stem-word";

/**
 * Words too common to say what a question is about. Deliberately shorter than Postgres's English list: words that
 * turn a question into another ("before"/"after", "not", "how"/"when"/"why", "can"/"should") are kept — their
 * weight is small but it is what separates "how to prevent X" from "how to treat X" when everything else is shared.
 */
const STOPWORDS = new Set(
  (
    "a an the and or but if of at by for with to from in on off out over under into onto up down as is am are was " +
    "were be been being have has had having do does did doing i me my myself we our ours you your yours he him his " +
    "she her hers it its they them their theirs this that these those there here then than so such very just also " +
    "too s t d ll m re ve get got getting really please thank thanks hi hello im ive id dont doesnt didnt"
  ).split(" "),
);

export type Token = { raw: string; word: string; stem: string };

/** Words as written (letters and digits; apostrophes dropped so "can't" is "cant"), lower-cased and stemmed. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize("NFKC").matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const raw = match[0].replace(/['’]/g, "");
    const word = raw.toLowerCase();
    tokens.push({ raw, word, stem: stemWord(word) });
  }
  return tokens;
}

type Phrase = { stems: string[]; raws: string[] | null; concepts: string[] };

export type SynonymIndex = {
  /** First stem of a phrase → its phrases, longest first. */
  byFirstStem: Map<string, Phrase[]>;
  /** Concept → the terms it was written with, for building Postgres queries. */
  termsByConcept: Map<string, string[]>;
};

/** Concept terms start with "~" (a medical concept) or "?" (what a question asks, question-intents.ts). */
export const CONCEPT_PREFIX = "~";
export const INTENT_PREFIX = "?";

const conceptName = (term: string, prefix: string) =>
  `${prefix}${tokenize(term.replace(/^=/, ""))
    .map((token) => token.stem)
    .join("_")}`;

const DEFAULT_SOURCES = [
  { text: MEDICAL_SYNONYMS, prefix: CONCEPT_PREFIX },
  { text: QUESTION_INTENTS, prefix: INTENT_PREFIX },
];

/** Parses the "a | b | c > broader, broader" lines of medical-synonyms.ts and question-intents.ts. */
export function buildSynonymIndex(sources: { text: string; prefix: string }[] = DEFAULT_SOURCES): SynonymIndex {
  const lines = sources.flatMap(({ text, prefix }) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ line, prefix })),
  );
  const broaderOf = new Map<string, string[]>();
  const groups: { concept: string; terms: string[] }[] = [];
  for (const { line, prefix } of lines) {
    const [termsPart = "", broaderPart] = line.split(">");
    const terms = termsPart
      .split("|")
      .map((term) => term.trim())
      .filter(Boolean);
    if (terms.length === 0) continue;
    const concept = conceptName(terms[0] as string, prefix);
    const broader = (broaderPart ?? "")
      .split(",")
      .map((term) => term.trim())
      .filter(Boolean)
      .map((term) => conceptName(term, prefix));
    broaderOf.set(concept, [...(broaderOf.get(concept) ?? []), ...broader]);
    groups.push({ concept, terms });
  }
  // A concept stands for itself and everything broader, transitively ("sertraline" → antidepressant).
  const closure = (concept: string, seen = new Set<string>()): string[] => {
    if (seen.has(concept)) return [];
    seen.add(concept);
    return [concept, ...(broaderOf.get(concept) ?? []).flatMap((parent) => closure(parent, seen))];
  };

  const byFirstStem = new Map<string, Phrase[]>();
  const termsByConcept = new Map<string, string[]>();
  for (const { concept, terms } of groups) {
    const concepts = [...new Set(closure(concept))];
    termsByConcept.set(concept, [...(termsByConcept.get(concept) ?? []), ...terms.map((t) => t.replace(/^=/, ""))]);
    for (const term of terms) {
      const caseSensitive = term.startsWith("=");
      const tokens = tokenize(term.replace(/^=/, ""));
      if (tokens.length === 0) continue;
      const phrase: Phrase = {
        stems: tokens.map((token) => token.stem),
        raws: caseSensitive ? tokens.map((token) => token.raw) : null,
        concepts,
      };
      const key = phrase.stems[0] as string;
      const list = byFirstStem.get(key) ?? [];
      list.push(phrase);
      byFirstStem.set(key, list);
    }
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirstStem, termsByConcept };
}

let defaultIndex: SynonymIndex | undefined;
export function synonymIndex(): SynonymIndex {
  defaultIndex ??= buildSynonymIndex();
  return defaultIndex;
}

function phraseAt(tokens: readonly Token[], start: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.stems.length; k++) {
    const token = tokens[start + k];
    if (!token || token.stem !== phrase.stems[k]) return false;
    if (phrase.raws && token.raw !== phrase.raws[k]) return false;
  }
  return true;
}

export type PhraseMatch = { start: number; length: number; concepts: string[] };

/** Every synonym phrase in the text, left to right; where phrases overlap, the longest one starting first wins. */
export function matchPhrases(tokens: readonly Token[], index: SynonymIndex = synonymIndex()): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrases = index.byFirstStem.get((tokens[i] as Token).stem) ?? [];
    const match = phrases.find((phrase) => phraseAt(tokens, i, phrase));
    if (match) {
      matches.push({ start: i, length: match.stems.length, concepts: match.concepts });
      i += match.stems.length;
    } else {
      i++;
    }
  }
  return matches;
}

/** The concepts named in the text, with their broader concepts, once per mention. */
export function findConcepts(tokens: readonly Token[], index: SynonymIndex = synonymIndex()): string[] {
  return matchPhrases(tokens, index).flatMap((match) => match.concepts);
}

/** Stemmed content words followed by concept terms; repeated as often as they occur (term frequency counts). */
export function textTerms(text: string, index: SynonymIndex = synonymIndex()): string[] {
  const tokens = tokenize(text);
  const words = tokens.filter((token) => !STOPWORDS.has(token.word)).map((token) => token.stem);
  return [...words, ...findConcepts(tokens, index)];
}

/** Content words as typed (lower-case, unstemmed), for building Postgres full-text queries. */
export function contentWords(text: string): string[] {
  return [...new Set(tokenize(text).map((token) => token.word))].filter((word) => !STOPWORDS.has(word));
}
