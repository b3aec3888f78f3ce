// What each kind of notification is about, for the list's labels and the digest's grouping. Pure: the browser's
// components import it too.
import type { NotificationType } from "../generated/prisma/enums";

export type NotificationCategory = "question" | "consultation" | "report" | "account";

type Kind = {
  category: NotificationCategory;
  /** A short label shown next to the notification (not colour alone). */
  label: string;
  /** How the digest counts it: "2 new answers". */
  counted: [one: string, many: string];
};

export const NOTIFICATION_KINDS: Record<NotificationType, Kind> = {
  NEW_ANSWER: { category: "question", label: "New answer", counted: ["new answer", "new answers"] },
  NEW_REPLY: { category: "question", label: "New reply", counted: ["reply", "replies"] },
  QUESTION_CLOSED: { category: "question", label: "Question closed", counted: ["closed", "closed"] },
  COMPLAINT_RESOLVED: { category: "report", label: "Report decided", counted: ["report decided", "reports decided"] },
  CONTENT_HIDDEN: { category: "report", label: "Content hidden", counted: ["hidden", "hidden"] },
  AUTHOR_WARNED: { category: "report", label: "Warning", counted: ["warning", "warnings"] },
  AUTHOR_SUSPENDED: { category: "report", label: "Account suspended", counted: ["suspension", "suspensions"] },
  CONSULTATION_PAID: { category: "consultation", label: "Consultation paid", counted: ["payment", "payments"] },
  CONSULTATION_ANSWERED: {
    category: "consultation",
    label: "Consultation answered",
    counted: ["answer", "answers"],
  },
  CONSULTATION_REFUNDED: { category: "consultation", label: "Refund", counted: ["refund", "refunds"] },
  CONSULTATION_MESSAGE: { category: "consultation", label: "New message", counted: ["new message", "new messages"] },
  DOCTOR_VERIFIED: { category: "account", label: "Account verified", counted: ["verification", "verifications"] },
  DOCTOR_REJECTED: { category: "account", label: "Verification declined", counted: ["decision", "decisions"] },
};
