// The search page: full text over visible questions (title weighs more than body) and over their visible answers and
// replies, so a question is also found by the words its doctors used. Medical synonyms widen the query ("high blood
// pressure" also finds "hypertension"); results come ranked, filtered, paginated, with highlighted snippets.
import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import { pageWindow } from "../pagination";
import { findSpecialtyFilter } from "../specialties/find-specialty-filter";
import { highlightSegments, type TextSegment } from "./highlight-segments";
import {
  filterSql,
  RANK_POOL,
  type SearchStatus,
  searchAlternativesQuery,
  searchQuestionsQuery,
} from "./search-questions-sql";
import { type SearchSuggestions, suggestSearchAlternatives } from "./suggest-search-alternatives";

export type { TextSegment } from "./highlight-segments";
export type { SearchStatus } from "./search-questions-sql";
export type { SearchSuggestions } from "./suggest-search-alternatives";

export type SearchQuestionsOptions = {
  /** Search is the same for everyone: only visible questions and visible answers are searched. */
  viewer: Viewer;
  /** As typed: words, "quoted phrases", -excluded words, or. */
  query: string;
  /** Only this specialty's questions; an unknown slug is NOT_FOUND. */
  specialtySlug?: string;
  /** "unanswered": open questions no doctor has answered yet (as on the home page). */
  status?: SearchStatus;
  /** 1-based. */
  page?: number;
  pageSize?: number;
};

export type SearchHit = {
  id: number;
  /** The title, with the matched words highlighted. */
  title: TextSegment[];
  /** A passage around the matched words: from the question, or from a doctor's answer when only that matched. */
  snippet: TextSegment[];
  snippetSource: "question" | "answer";
  answerCount: number;
  createdAt: Date;
  shownName: string;
  shownCity: string | null;
  status: QuestionStatus;
  specialty: { name: string; slug: string };
};

export type QuestionSearchResult = {
  query: string;
  items: SearchHit[];
  /** Matches, counted up to 2,000 (pages reach no further): see totalIsLowerBound. */
  total: number;
  /** True when more questions matched than were counted: show "2,000+". */
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
  specialty: { name: string; slug: string } | null;
  status: SearchStatus | null;
  /** Set only when a query was given and nothing matched: what to try instead. */
  suggestions: SearchSuggestions | null;
};

const MAX_PAGE_SIZE = 50;
const MAX_QUERY_CHARS = 200;

type Row = {
  id: number;
  titleMarked: string;
  snippetMarked: string;
  snippetSource: "question" | "answer";
  answerCount: number;
  createdAt: Date;
  shownName: string;
  shownCity: string | null;
  status: QuestionStatus;
  specialtyName: string;
  specialtySlug: string;
  total: number;
};

/** One page of questions matching the query, best first (newest first among equals). */
export async function searchQuestions({
  viewer,
  query,
  specialtySlug,
  status,
  page = 1,
  pageSize = 20,
}: SearchQuestionsOptions): Promise<QuestionSearchResult> {
  const text = query.trim().slice(0, MAX_QUERY_CHARS);
  const { current, size, skip } = pageWindow({ page, pageSize }, { defaultSize: 20, maxSize: MAX_PAGE_SIZE });
  const specialty = await findSpecialtyFilter(specialtySlug);

  const empty = {
    query: text,
    items: [],
    total: 0,
    totalIsLowerBound: false,
    page: current,
    pageSize: size,
    pageCount: 1,
  };
  const shown = { specialty: specialty && { name: specialty.name, slug: specialty.slug }, status: status ?? null };
  if (!text) return { ...empty, ...shown, suggestions: null };

  const filters = filterSql(specialty?.id, status);
  const alternatives = await searchAlternatives(text);
  const rows = await db().$queryRaw<Row[]>(searchQuestionsQuery(alternatives, filters, skip, size));

  // An empty page past the end still needs the total: ask once more for the count alone.
  const total = rows[0]?.total ?? (current > 1 ? await countMatches(alternatives, filters) : 0);
  const items = rows.map((row) => ({
    id: row.id,
    title: highlightSegments(row.titleMarked),
    snippet: highlightSegments(row.snippetMarked),
    snippetSource: row.snippetSource,
    answerCount: row.answerCount,
    createdAt: row.createdAt,
    shownName: row.shownName,
    shownCity: row.shownCity,
    status: row.status,
    specialty: { name: row.specialtyName, slug: row.specialtySlug },
  }));
  const suggestions =
    total === 0
      ? await suggestSearchAlternatives({ viewer, query: text, filtered: Boolean(specialty || status) })
      : null;
  return {
    ...empty,
    items,
    total,
    totalIsLowerBound: total >= RANK_POOL,
    pageCount: Math.max(1, Math.ceil(total / size)),
    ...shown,
    suggestions,
  };
}

async function searchAlternatives(text: string): Promise<string[]> {
  const [row] = await db().$queryRaw<{ alternatives: string[] }[]>(searchAlternativesQuery(text));
  return row?.alternatives ?? [];
}

async function countMatches(alternatives: string[], filters: Prisma.Sql): Promise<number> {
  const [row] = await db().$queryRaw<{ total: number }[]>`
    SELECT "total" FROM (${searchQuestionsQuery(alternatives, filters, 0, 1)}) first_row`;
  return row?.total ?? 0;
}
