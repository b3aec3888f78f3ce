import { SearchX } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";

export default function QuestionNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-line bg-surface px-6 py-12 text-center">
      <title>Question not found · Consilium</title>
      <SearchX aria-hidden="true" className="size-10 text-muted" />
      <h1 className="text-2xl font-bold">We could not find this question</h1>
      <p className="max-w-prose text-muted">
        It may have been removed, or the link may be incomplete. The latest questions are on the home page.
      </p>
      <ButtonLink href="/" variant="secondary">
        See the latest questions
      </ButtonLink>
    </div>
  );
}
