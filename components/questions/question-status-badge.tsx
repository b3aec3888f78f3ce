import { CircleCheck, Clock, Lock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { QuestionListItem } from "@/lib/questions/list-questions";
import { questionStatusLabel } from "./labels";

const ICONS = { closed: Lock, answered: CircleCheck, awaiting: Clock };

export function QuestionStatusBadge({
  status,
  answerCount,
}: {
  status: QuestionListItem["status"];
  answerCount: number;
}) {
  const { label, tone, kind } = questionStatusLabel(status, answerCount);
  const Icon = ICONS[kind];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden="true" className="size-4" />
      {label}
    </Badge>
  );
}
