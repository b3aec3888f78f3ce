import type { Viewer } from "../auth/permissions";
import { db } from "../db";
import type { QuestionStatus } from "../generated/prisma/enums";
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
};

const EXCERPT_CHARS = 220;
const MAX_PAGE_SIZE = 100;

/** The latest visible questions, newest first, one page at a time. */
export async function listQuestions({ page = 1, pageSize = 20 }: ListQuestionsOptions): Promise<QuestionList> {
  const size = Number.isInteger(pageSize) ? Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE) : 20;
  const current = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  const where = { hiddenAt: null, deletedAt: null };
  const client = db();

  const [total, rows] = await Promise.all([
    client.question.count({ where }),
    client.question.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * size,
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
  };
}
