import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import { pageWindow } from "../pagination";
import { findSpecialtyFilter } from "../specialties/find-specialty-filter";
import { excerpt } from "../text/excerpt";

export type ListQuestionsOptions = {
  /**
   * Who is looking. The public list is the same for everyone today (hidden questions are never listed,
   * even to their author or staff, who reach them by link); callers pass it so per-viewer rules can arrive here.
   */
  viewer: Viewer;
  /** 1-based; values below 1 or not whole numbers read as 1. */
  page?: number;
  pageSize?: number;
  /** "latest": every visible question; "unanswered": open questions no doctor has answered yet. */
  show?: "latest" | "unanswered";
  /** Only questions for this specialty; an unknown slug is NOT_FOUND. */
  specialtySlug?: string;
};

export type QuestionListItem = {
  id: number;
  title: string;
  excerpt: string;
  specialty: { name: string; slug: string };
  shownName: string;
  shownCity: string | null;
  status: QuestionStatus;
  answerCount: number;
  viewCount: number;
  createdAt: Date;
};

export type QuestionList = {
  items: QuestionListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** The specialty the list is filtered by, null when it is not. */
  specialty: { name: string; slug: string } | null;
};

const EXCERPT_CHARS = 220;
const MAX_PAGE_SIZE = 100;

/** Visible questions, newest first, one page at a time: all of them or the unanswered, optionally of one specialty. */
export async function listQuestions({
  page = 1,
  pageSize = 20,
  show = "latest",
  specialtySlug,
}: ListQuestionsOptions): Promise<QuestionList> {
  const { current, size, skip } = pageWindow({ page, pageSize }, { defaultSize: 20, maxSize: MAX_PAGE_SIZE });
  const client = db();

  const specialty = await findSpecialtyFilter(specialtySlug);

  const where: Prisma.QuestionWhereInput = {
    hiddenAt: null,
    deletedAt: null,
    ...(show === "unanswered" && { answerCount: 0, status: "OPEN" }),
    ...(specialty && { specialtyId: specialty.id }),
  };

  const [total, rows] = await Promise.all([
    client.question.count({ where }),
    client.question.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: skip,
      take: size,
      select: {
        id: true,
        title: true,
        body: true,
        shownName: true,
        shownCity: true,
        status: true,
        answerCount: true,
        viewCount: true,
        createdAt: true,
        specialty: { select: { name: true, slug: true } },
      },
    }),
  ]);

  return {
    items: rows.map(({ body, ...row }) => ({ ...row, excerpt: excerpt(body, EXCERPT_CHARS) })),
    total,
    page: current,
    pageSize: size,
    pageCount: Math.max(1, Math.ceil(total / size)),
    specialty: specialty && { name: specialty.name, slug: specialty.slug },
  };
}
