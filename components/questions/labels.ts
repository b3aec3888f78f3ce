// Words the question pages use for statuses and people, kept in one place so lists and threads agree.
import type { BadgeTone } from "@/components/ui/badge";
import type { ThreadAuthor } from "@/lib/questions/get-question-thread";
import type { QuestionListItem } from "@/lib/questions/list-questions";
import { doctorName } from "@/lib/text/doctor-name";

type Role = ThreadAuthor["role"];

export type StatusLabel = { label: string; tone: BadgeTone; kind: "closed" | "answered" | "awaiting" };

/** "Closed", "Answered by 3 doctors", "Awaiting an answer". */
export function questionStatusLabel(status: QuestionListItem["status"], answerCount: number): StatusLabel {
  if (status === "CLOSED") return { label: "Closed", tone: "neutral", kind: "closed" };
  if (answerCount > 0) {
    return {
      label: `Answered by ${answerCount} ${answerCount === 1 ? "doctor" : "doctors"}`,
      tone: "success",
      kind: "answered",
    };
  }
  return { label: "Awaiting an answer", tone: "warning", kind: "awaiting" };
}

/** Doctors are addressed as "Dr. Irina Volkova"; everyone else by the name they go by. */
export function personName(name: string, role: Role): string {
  return role === "DOCTOR" ? doctorName(name) : name;
}

/** What a message's author is: "Patient", "Neurologist, Psychiatrist", "Moderator". */
export function roleLabel(role: Role, specialties: readonly string[]): string {
  switch (role) {
    case "PATIENT":
      return "Patient";
    case "DOCTOR":
      return specialties.length > 0 ? specialties.join(", ") : "Doctor";
    case "MODERATOR":
      return "Moderator";
    case "ADMIN":
      return "Administrator";
  }
}

/** A moderator's or author's short note as a sentence: "resolved" → "resolved."; "Spam!" stays. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
