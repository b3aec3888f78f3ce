import { can, type Viewer } from "../auth/permissions";
import { db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { pageWindow } from "../pagination";
import type { TAuditLogFilter } from "../validation/audit";
import { MAX_INT4 } from "../validation/row-id";

export type ListAuditLogOptions = {
  actor: Viewer;
  filter?: Partial<Omit<TAuditLogFilter, "page">>;
  /** 1-based; values below 1 or not whole numbers read as 1. */
  page?: number;
  pageSize?: number;
};

export type AuditJson = Prisma.JsonValue;

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  /** Null for what the system did by itself. */
  actor: { id: string; name: string; email: string; role: Role } | null;
  action: string;
  targetType: string;
  targetId: string;
  /** What the target is called (a question's title, a person's name) and the page showing it, when known. */
  target: { label: string | null; href: string | null };
  reason: string | null;
  before: AuditJson | null;
  after: AuditJson | null;
};

export type AuditLogPage = {
  items: AuditLogEntry[];
  total: number;
  page: number;
  pageCount: number;
  /** Every action and target type present in the log, for the filter's choices. */
  actions: string[];
  targetTypes: string[];
};

export const ONLY_ADMINS_READ_AUDIT = "Only administrators can read the audit log.";

const MAX_PAGE_SIZE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The audit log, newest first, narrowed by action, actor, target and days (UTC, both ends included). */
export async function listAuditLog({
  actor,
  filter = {},
  page = 1,
  pageSize = 25,
}: ListAuditLogOptions): Promise<AuditLogPage> {
  if (!can(actor, "audit.read")) throw new DomainError("FORBIDDEN", ONLY_ADMINS_READ_AUDIT);
  const { current, size, skip } = pageWindow({ page, pageSize }, { defaultSize: 25, maxSize: MAX_PAGE_SIZE });
  const client = db();

  const createdAt: Prisma.DateTimeFilter = {
    ...(filter.from && { gte: new Date(`${filter.from}T00:00:00Z`) }),
    ...(filter.to && { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) }),
  };
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action && { action: filter.action }),
    ...(filter.targetType && { targetType: filter.targetType }),
    ...(filter.targetId && { targetId: filter.targetId }),
    ...(filter.who && {
      actor: {
        is: {
          OR: [
            { email: { contains: filter.who, mode: "insensitive" } },
            { name: { contains: filter.who, mode: "insensitive" } },
          ],
        },
      },
    }),
    ...((filter.from || filter.to) && { createdAt }),
  };

  const [total, rows, actions, targetTypes] = await Promise.all([
    client.auditLog.count({ where }),
    client.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: skip,
      take: size,
      include: { actor: { select: { id: true, name: true, email: true, role: true } } },
    }),
    client.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    client.auditLog.groupBy({ by: ["targetType"], orderBy: { targetType: "asc" } }),
  ]);
  const targets = await describeTargets(rows);

  return {
    items: rows.map((row) => ({
      id: String(row.id),
      createdAt: row.createdAt,
      actor: row.actor,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      target: targets.get(`${row.targetType}:${row.targetId}`) ?? { label: null, href: null },
      reason: row.reason,
      before: row.before,
      after: row.after,
    })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / size)),
    actions: actions.map((group) => group.action),
    targetTypes: targetTypes.map((group) => group.targetType),
  };
}

type Target = { label: string | null; href: string | null };

/**
 * Names and links for the targets on one page, a query per kind: questions link to their page, thread messages
 * and files to their place in their question, people are named. Targets deleted since keep their bare id.
 */
async function describeTargets(rows: { targetType: string; targetId: string }[]): Promise<Map<string, Target>> {
  const idsOf = (...types: string[]) => [
    ...new Set(rows.filter((row) => types.includes(row.targetType)).map((row) => row.targetId)),
  ];
  const questionIds = idsOf("Question")
    .filter((id) => /^\d{1,10}$/.test(id) && Number(id) <= MAX_INT4)
    .map(Number);
  const messageIds = idsOf("ThreadMessage");
  const attachmentIds = idsOf("Attachment");
  const personIds = idsOf("User", "DoctorProfile");
  const client = db();

  const [questions, messages, attachments, people] = await Promise.all([
    questionIds.length === 0
      ? []
      : client.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, title: true } }),
    messageIds.length === 0
      ? []
      : client.threadMessage.findMany({
          where: { id: { in: messageIds } },
          select: { id: true, kind: true, questionId: true, question: { select: { title: true } } },
        }),
    attachmentIds.length === 0
      ? []
      : client.attachment.findMany({
          where: { id: { in: attachmentIds } },
          select: { id: true, fileName: true, questionId: true, message: { select: { id: true, questionId: true } } },
        }),
    personIds.length === 0
      ? []
      : client.user.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true, email: true } }),
  ]);

  const targets = new Map<string, Target>();
  for (const question of questions) {
    targets.set(`Question:${question.id}`, { label: question.title, href: `/questions/${question.id}` });
  }
  for (const message of messages) {
    targets.set(`ThreadMessage:${message.id}`, {
      label: `${message.kind === "ANSWER" ? "Answer" : "Reply"} on “${message.question.title}”`,
      href: `/questions/${message.questionId}#m_${message.id}`,
    });
  }
  for (const file of attachments) {
    const questionId = file.questionId ?? file.message?.questionId;
    const anchor = file.message ? `#m_${file.message.id}` : "";
    targets.set(`Attachment:${file.id}`, {
      label: `File “${file.fileName}”`,
      href: questionId === undefined ? null : `/questions/${questionId}${anchor}`,
    });
  }
  for (const person of people) {
    const label = `${person.name} (${person.email})`;
    targets.set(`User:${person.id}`, { label, href: null });
    targets.set(`DoctorProfile:${person.id}`, { label, href: null });
  }
  return targets;
}
