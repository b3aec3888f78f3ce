import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function QuestionNotFound() {
  return (
    <NotFoundPanel title="Question not found" heading="We could not find this question">
      It may have been removed, or the link may be incomplete. The latest questions are on the home page.
    </NotFoundPanel>
  );
}
